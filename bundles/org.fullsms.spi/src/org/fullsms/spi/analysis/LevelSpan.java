package org.fullsms.spi.analysis;

/**
 * One intensity level of a particle, as change point analysis found it (after burst removal when bursts were
 * removed).
 *
 * @param time         the level's span of the trace
 * @param firstPhoton  index of its first photon in the particle's photons (0-based)
 * @param lastPhoton   index of its last photon (inclusive)
 * @param intensityCps its intensity, counts per second
 * @param group        the group the level belongs to when grouping was applied, else -1
 * @since 1.0
 */
public record LevelSpan(TimeRange time, int firstPhoton, int lastPhoton, double intensityCps, int group) {

    /** Number of photons in the level. */
    public int photons() {
        return lastPhoton - firstPhoton + 1;
    }
}
