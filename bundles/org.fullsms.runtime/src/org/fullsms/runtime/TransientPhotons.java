package org.fullsms.runtime;

import java.io.IOException;

import org.fullsms.model.Particle;

/**
 * Work on a particle's photons that leaves them loaded or not as it found them: a pass over many particles (the decay
 * grid, the navigator's durations) or a dialog's look at one must not keep every particle's photons in memory, and
 * must not drop the photons an open analysis is using.
 */
public final class TransientPhotons {

    /** A reading of a particle's photons. */
    @FunctionalInterface
    public interface Reading<T> {
        T read(Particle particle) throws IOException;
    }

    private TransientPhotons() {
    }

    /** Runs {@code reading}, then releases the photons again when they were not loaded before it (also on failure). */
    public static <T> T read(Particle particle, Reading<T> reading) throws IOException {
        boolean wasLoaded = particle.arePhotonsLoaded();
        try {
            return reading.read(particle);
        } finally {
            if (!wasLoaded) {
                particle.releasePhotons();
            }
        }
    }
}
