package org.fullsms.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.fullsms.analysis.roi.RegionOfInterest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Use ROI": trace bins and levels restricted to the region 0.5 … 2.5 s of the hand-made particle. */
class RoiExportTest {

    @TempDir
    Path dir;

    private List<String> lines(String file) throws IOException {
        return List.of(Files.readString(dir.resolve(file)).split("\r\n"));
    }

    private void export(RegionOfInterest roi, boolean withPhotons) throws IOException {
        ParticleExport.Builder b = Fixtures.particle(0).roi(roi);
        if (!withPhotons) {
            b.absoluteNs(null);
        }
        ExportOptions o = ExportOptions.of(EnumSet.of(ExportKind.TRACE, ExportKind.LEVELS));
        new ParticleExporter().run(new ExportRequest(dir, List.of(b.build()), o), null);
    }

    @Test
    void roiTraceKeepsBinsStartingInsideTheRegion() throws IOException {
        export(new RegionOfInterest(0.5, 2.5), true);
        List<String> t = lines("Particle 1 trace (ROI).csv");
        // Left edges 0.5, 0.6, …, 2.5 s: 21 bins, numbered again from 1.
        assertEquals(22, t.size());
        assertEquals("1,0.5,100.0", t.get(1)); // 10 photons in 100 ms, in counts/s
        assertEquals("6,1.0,50.0", t.get(6));
        assertEquals("21,2.5,100.0", t.get(21));
        assertEquals(31, lines("Particle 1 trace.csv").size(), "the whole trace is written too");
    }

    @Test
    void roiLevelsAreClippedWithExactPhotonCounts() throws IOException {
        export(new RegionOfInterest(0.5, 2.5), true);
        List<String> l = lines("Particle 1 levels (ROI).csv");
        assertFalse(Files.exists(dir.resolve("Particle 1 levels.csv")), "with Use ROI only the ROI files");
        assertTrue(Files.exists(dir.resolve("Particle 1 levels-plot (ROI).csv")));
        assertEquals(4, l.size());
        // Level A cut to 0.5 … 0.99 s: photons at 0.50 … 0.98 s = 49; dwell 0.99 × 0.49 / 0.99.
        String[] a = l.get(1).split(",");
        assertEquals("1", a[0]);
        assertEquals("0.5", a[1]);
        assertEquals("0.99", a[2]);
        assertEquals(0.49, Double.parseDouble(a[3]), 1e-12);
        assertEquals(49 / 0.49, Double.parseDouble(a[4]), 1e-9);
        assertEquals("49", a[5]);
        assertEquals("2,1.0,1.98," + PyNumbers.of(0.98) + ",51.02040816326531,50", l.get(2));
        // Level C cut to 2.0 … 2.5 s: photons 2.00 … 2.49 s = 50.
        String[] c = l.get(3).split(",");
        assertEquals("2.5", c[2]);
        assertEquals("50", c[5]);
        assertEquals(0.5, Double.parseDouble(c[3]), 1e-12);
    }

    @Test
    void withoutPhotonTimesCutLevelsEstimateTheirPhotons() throws IOException {
        export(new RegionOfInterest(0.5, 2.5), false);
        List<String> l = lines("Particle 1 levels (ROI).csv");
        // round(100 × 0.49 / 0.99) = 49 and round(100 × 0.5 / 0.99) = 51.
        assertEquals("49", l.get(1).split(",")[5]);
        assertEquals("51", l.get(3).split(",")[5]);
    }

    @Test
    void levelsOutsideTheRegionAreLeftOut() throws IOException {
        export(new RegionOfInterest(1.2, 1.5), true);
        List<String> l = lines("Particle 1 levels (ROI).csv");
        assertEquals(2, l.size());
        assertEquals("1.2", l.get(1).split(",")[1]);
        assertEquals("1.5", l.get(1).split(",")[2]);
        assertEquals("15", l.get(1).split(",")[5]); // 1.20 … 1.48 s every 20 ms
    }

    @Test
    void noRegionMeansTheWholeTrace() throws IOException {
        export(null, true);
        assertEquals(lines("Particle 1 trace.csv"), lines("Particle 1 trace (ROI).csv"));
        assertEquals(4, lines("Particle 1 levels (ROI).csv").size());
    }
}
