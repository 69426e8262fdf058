package org.fullsms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.fullsms.model.ChannelInfo;
import org.fullsms.model.Lazy;
import org.fullsms.model.Particle;
import org.fullsms.model.Photons;
import org.junit.jupiter.api.Test;

/**
 * A second channel's photons stay loaded until both its own analysis and its first channel's correlation are done,
 * in either order, so they are read once; without correlation each particle's go when its analysis is done.
 */
class PhotonUsersTest {

    private final AtomicInteger reads = new AtomicInteger();

    private Particle particle(int channel, Particle secondary) {
        Lazy<Photons> photons = Lazy.of(() -> {
            reads.incrementAndGet();
            return Photons.of(new long[] { 10, 20, 30 }, new double[] { 1, 2, 3 });
        });
        Particle.Builder b = Particle.builder(1, channel).photons(photons)
                .channelInfo(ChannelInfo.inMemory(channel, 3, null));
        return secondary == null ? b.build() : b.secondary(secondary).build();
    }

    @Test
    void secondChannelIsReadOnceWhicheverAnalysisEndsFirst() throws IOException {
        for (boolean secondFirst : new boolean[] { true, false }) {
            reads.set(0);
            Particle second = particle(2, null);
            Particle first = particle(1, second);
            PhotonUsers users = new PhotonUsers(List.of(first, second), true);
            first.photons();
            second.photons(); // by its own analysis, or by the first channel's correlation: the same photons
            if (secondFirst) {
                users.done(second);
                assertTrue(second.arePhotonsLoaded(), "the correlation of channel 1 still needs them");
                second.photons();
                users.done(first);
            } else {
                users.done(first);
                assertTrue(second.arePhotonsLoaded(), "channel 2's own analysis still needs them");
                second.photons();
                users.done(second);
            }
            assertFalse(first.arePhotonsLoaded());
            assertFalse(second.arePhotonsLoaded());
            assertEquals(2, reads.get(), "each channel read once");
        }
    }

    @Test
    void withoutCorrelationEachParticleIsReleasedWhenItsAnalysisIsDone() throws IOException {
        Particle second = particle(2, null);
        Particle first = particle(1, second);
        PhotonUsers users = new PhotonUsers(List.of(first, second), false);
        first.photons();
        second.photons();
        users.done(second);
        assertFalse(second.arePhotonsLoaded());
        assertTrue(first.arePhotonsLoaded());
        users.done(first);
        assertFalse(first.arePhotonsLoaded());
    }

    @Test
    void secondChannelNotAnalysedHereGoesWithItsFirst() throws IOException {
        Particle second = particle(2, null);
        Particle first = particle(1, second);
        PhotonUsers users = new PhotonUsers(List.of(first), true);
        second.photons();
        users.done(first);
        assertFalse(second.arePhotonsLoaded());
    }
}
