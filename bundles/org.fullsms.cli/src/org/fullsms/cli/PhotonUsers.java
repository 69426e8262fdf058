package org.fullsms.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.fullsms.model.Particle;

/**
 * Releases a particle's photons once the last analysis that reads them is done: its own, and the correlation of its
 * first channel, which reads the second channel's photons. Releasing them after each analysis read a second channel
 * twice (for the correlation, then for its own levels and fits). Safe from the threads that analyse particles.
 */
final class PhotonUsers {

    private final boolean correlate;
    /** Analyses still to read each particle's photons; a particle not analysed here has none. */
    private final Map<Particle, AtomicInteger> users = new HashMap<>();

    /**
     * @param analysed  the particles analysed (second channels included)
     * @param correlate whether each first channel's analysis correlates it with its second channel
     */
    PhotonUsers(List<Particle> analysed, boolean correlate) {
        this.correlate = correlate;
        analysed.forEach(p -> users.put(p, new AtomicInteger(1)));
        if (correlate) {
            for (Particle p : analysed) {
                p.secondary().map(users::get).ifPresent(AtomicInteger::incrementAndGet);
            }
        }
    }

    /** The analysis of {@code particle} is done: its photons, and its second channel's, go when no one needs them. */
    void done(Particle particle) {
        release(particle);
        if (correlate) {
            particle.secondary().ifPresent(this::release);
        }
    }

    private void release(Particle p) {
        AtomicInteger left = users.get(p);
        if (left == null || left.decrementAndGet() <= 0) {
            p.releasePhotons();
        }
    }
}
