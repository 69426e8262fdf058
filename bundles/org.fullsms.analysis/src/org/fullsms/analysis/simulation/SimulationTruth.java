package org.fullsms.analysis.simulation;

import java.util.List;

/**
 * Everything that was true about a simulation, for tests and benchmarks of the analyses.
 *
 * @param engine         engine id ("simulation")
 * @param version        engine version
 * @param parameters     the parameters used
 * @param irfCurve       the IRF on the TCSPC channels (sums to 1)
 * @param particles      one entry per particle, in order
 */
public record SimulationTruth(String engine, String version, SimulationParameters parameters, double[] irfCurve,
        List<ParticleTruth> particles) {
}
