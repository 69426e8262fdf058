package org.fullsms.analysis.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.fullsms.io.hdf5.Hdf5Reader;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.model.ChannelWidth;
import org.fullsms.model.Dataset;
import org.fullsms.model.Particle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Simulate → write → read gives back exactly the simulated photons, and the reader infers the true width. */
class SimulateWriteReadTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = { false, true })
    void roundTripsExactly(boolean compress) throws IOException {
        SimulationParameters p = SimulationParameters.builder().particles(3).durationS(4).seed(21).secondChannel(true)
                .spectra(true).rasterScan(true).exponentials(2).build();
        SimulationResult sim = new Simulator().run(p, null);
        Path file = dir.resolve("sim.h5");
        new Hdf5Writer().write(sim.dataset(), file, new WriteOptions(compress, false), null);
        try (Dataset back = new Hdf5Reader().open(file)) {
            assertEquals(6, back.allParticles().size());
            assertEquals(1, back.rasterScans().size());
            for (Particle s : sim.dataset().allParticles()) {
                Particle b = back.particle(s.name()).orElseThrow();
                assertArrayEquals(s.photons().absoluteNs(), b.photons().absoluteNs(), s.name());
                assertArrayEquals(s.photons().micro().toNs(), b.photons().micro().toNs(), 0.0, s.name());
                assertEquals(s.description(), b.description());
                ChannelWidth w = b.channelWidth();
                assertEquals(ChannelWidth.Source.INFERRED, w.source());
                assertEquals(p.channelWidthNs(), w.ns(), 0.0); // exact: micro times are whole channels
                assertArrayEquals(s.spectra().orElseThrow().values(), b.spectra().orElseThrow().values(), 0.0);
                assertArrayEquals(s.rasterScan().orElseThrow().values(), b.rasterScan().orElseThrow().values(), 0.0);
            }
        }
    }
}
