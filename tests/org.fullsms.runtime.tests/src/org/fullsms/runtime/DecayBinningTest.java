package org.fullsms.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.model.ChannelInfo;
import org.fullsms.model.Lazy;
import org.fullsms.model.MicroTimes;
import org.fullsms.model.Particle;
import org.fullsms.model.Photons;
import org.junit.jupiter.api.Test;

/**
 * The decay channel grid, worked out on all cores: the first particle's width and the largest channel of any
 * particle counted on it, as counting them one after the other gives; unreadable and empty particles left out.
 */
class DecayBinningTest {

    @Test
    void gridHasTheFirstWidthAndTheLargestChannelOfAll() throws IOException {
        SplittableRandom random = new SplittableRandom(23);
        List<Particle> particles = new ArrayList<>();
        particles.add(Particle.builder(1, 1).error("damaged group").channelInfo(ChannelInfo.inMemory(1, 10, null))
                .build());
        particles.add(Particle.builder(2, 1).photons(Lazy.of(() -> {
            throw new IOException("cannot read particle 2");
        })).channelInfo(ChannelInfo.inMemory(1, 10, null)).build());
        // widths: the first readable particle has 0.012 ns; particle 9 has 0.006 ns channels up to 30 ns, which are
        // channel 2499 on the grid's 0.012 ns
        double[] widths = { 0.012, 0.012, 0.012, 0.016, 0.012, 0.012, 0.006, 0.012 };
        double[] spans = { 20, 24, 18, 25, 12, 10, 30, 19 };
        for (int n = 0; n < widths.length; n++) {
            int photons = 2000;
            long[] macro = new long[photons];
            double[] micro = new double[photons];
            for (int i = 0; i < photons; i++) {
                macro[i] = 100L * i;
                micro[i] = random.nextInt((int) (spans[n] / widths[n])) * widths[n];
            }
            micro[photons - 1] = Math.floor(spans[n] / widths[n] - 1) * widths[n];
            particles.add(Particle.builder(n + 3, 1).photons(Photons.of(macro, micro, widths[n]))
                    .declaredChannelWidth(widths[n]).build());
        }
        particles.add(Particle.builder(11, 1).photons(Photons.of(new long[0], new double[0])).build());
        HistogramBinning grid = DecayBinning.of(particles);
        int largest = MicroTimes.NO_CHANNEL;
        for (Particle p : particles.subList(2, 2 + widths.length)) {
            MicroTimes micro = p.photons().micro();
            for (int i = 0; i < micro.size(); i++) {
                largest = Math.max(largest, micro.channelOn(i, 0.012));
            }
        }
        assertEquals(HistogramBinning.ofChannels(0.012, largest), grid);
        assertEquals(2499, largest, "particle 9's 30 ns on 0.012 ns channels");
    }

    @Test
    void noParticleWithMicroTimesSaysWhy() {
        List<Particle> particles = List.of(Particle.builder(1, 1).photons(Lazy.of(() -> {
            throw new IOException("cannot read particle 1");
        })).channelInfo(ChannelInfo.inMemory(1, 10, null)).build());
        IOException e = assertThrows(IOException.class, () -> DecayBinning.of(particles));
        assertTrue(e.getMessage().contains("cannot read particle 1"), e.getMessage());
    }
}
