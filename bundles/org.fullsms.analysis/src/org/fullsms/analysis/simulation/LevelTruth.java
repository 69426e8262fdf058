package org.fullsms.analysis.simulation;

/**
 * One true level (a stretch in one state). Photon indices are 0-based positions in the particle's channel
 * arrays; a level can be so short that it holds no photon (then its first index equals the next level's).
 *
 * @param state        index into the particle's states
 * @param startNs      start time (ns)
 * @param endNs        end time (ns)
 * @param firstPhoton  index of the level's first channel-1 photon
 * @param photons      channel-1 photons in the level
 * @param firstPhoton2 index of the first channel-2 photon (0 without a second channel)
 * @param photons2     channel-2 photons in the level
 * @param intensityCps the state's emitter intensity (background excluded, both channels together)
 */
public record LevelTruth(int state, long startNs, long endNs, int firstPhoton, int photons, int firstPhoton2,
        int photons2, double intensityCps) {
}
