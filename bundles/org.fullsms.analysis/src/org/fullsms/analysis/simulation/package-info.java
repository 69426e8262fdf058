/**
 * The simulator: blinking single emitters with known truth (levels, states, change-point photon indices,
 * lifetimes, amplitudes, IRF), reproducible from a seed. {@link org.fullsms.analysis.simulation.Simulator} makes
 * an in-memory {@link org.fullsms.model.Dataset} plus a {@link org.fullsms.analysis.simulation.SimulationTruth}
 * (the command line's {@code simulate} writes it as JSON beside the file).
 */
package org.fullsms.analysis.simulation;
