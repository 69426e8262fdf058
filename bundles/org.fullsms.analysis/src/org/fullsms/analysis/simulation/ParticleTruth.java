package org.fullsms.analysis.simulation;

import java.util.List;

/**
 * The truth of one simulated particle.
 *
 * @param name             "Particle N"
 * @param states           its emitter states (intensity, lifetimes, amplitudes)
 * @param levels           its levels in time order
 * @param changePoints     channel-1 photon index where each level after the first starts
 * @param changePoints2    the same for channel 2 (empty without a second channel)
 * @param photons          channel-1 photons
 * @param photons2         channel-2 photons
 * @param rsCoordinatesUm  position written as "RS Coord. (um)" (stored order)
 */
public record ParticleTruth(String name, List<EmitterState> states, List<LevelTruth> levels, int[] changePoints,
        int[] changePoints2, int photons, int photons2, double[] rsCoordinatesUm) {
}
