package org.fullsms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sizes that come from options are checked against their limit before anything is allocated by them. */
class InputSizeLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aChannelWidthThatMakesTooManyDecayChannelsIsOneLineNamingTheFileAndTheOption() {
        Path h5 = dir.resolve("one.h5");
        assertEquals(0, CliRun.of("simulate", "--out", h5.toString(), "--duration", "2", "--seed", "3").exitCode());
        CliRun run = CliRun.of("analyze", h5.toString(), "--fit", "1", "--channel-width", "1e-6");
        assertEquals(2, run.exitCode(), run.err());
        String line = run.err().strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.contains(h5.toString()) && line.contains("--channel-width"), line);
        assertTrue(line.contains("exceed the limit of 65536"), line);
        assertEquals("", run.out(), "no JSON for a run refused before it started");
    }

    @Test
    void aCsvMicroTimeOf10MsIsRefusedBeforeADecayGridIsSizedByIt() throws Exception {
        // 1e7 ns on a 0.1 ns lattice is channel 1e8. (1e300 ns has no int channel at all and is left out like NaN.)
        StringBuilder csv = new StringBuilder("macro times (ns),micro times (ns)\n");
        for (int i = 1; i <= 2000; i++) {
            csv.append(i * 1000).append(',').append(i % 2 == 0 ? "1e7" : String.valueOf((i % 200) * 0.1 + 0.05))
                    .append('\n');
        }
        Path in = Files.writeString(dir.resolve("huge-micro.csv"), csv);
        Path h5 = dir.resolve("huge-micro.h5");
        CliRun convert = CliRun.of("convert", in.toString(), "--out", h5.toString());
        assertEquals(0, convert.exitCode(), convert.err());
        CliRun run = CliRun.of("analyze", h5.toString(), "--fit", "1");
        assertEquals(2, run.exitCode(), run.err());
        String line = run.err().strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.contains(h5.toString()) && line.contains("exceed the limit of 65536"), line);
    }
}
