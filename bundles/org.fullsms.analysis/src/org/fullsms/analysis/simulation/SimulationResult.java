package org.fullsms.analysis.simulation;

import org.fullsms.model.Dataset;

/**
 * A simulation's output: the in-memory dataset and its truth.
 *
 * @param dataset the particles (photons in memory, channel width declared)
 * @param truth   what was true
 */
public record SimulationResult(Dataset dataset, SimulationTruth truth) {
}
