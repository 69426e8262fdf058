package org.fullsms.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.fullsms.analysis.roi.RegionOfInterest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dataset-wide files (whole-trace lifetimes, Parquet tables) read only the fits, so exports hold
 * {@link LifetimeExport#fitsOnly()} for every particle instead of their histograms: the files must not change.
 */
class FitsOnlyExportTest {

    @TempDir
    Path dir;

    private List<Path> export(Path folder, boolean fitsOnly) throws IOException {
        ParticleExport.Builder b = Fixtures.particle(0).roi(new RegionOfInterest(0.5, 1.5));
        if (fitsOnly) {
            b.lifetimes(Fixtures.particle(0).build().lifetimes().fitsOnly());
        }
        EnumSet<ExportKind> kinds = EnumSet.of(ExportKind.LIFETIMES);
        if (ParquetSupport.available()) {
            kinds.add(ExportKind.PARQUET);
        }
        return new ParticleExporter().run(new ExportRequest(folder, List.of(b.build()), ExportOptions.of(kinds)),
                null).files();
    }

    @Test
    void datasetWideFilesAreTheSameFromTheFitsAlone() throws IOException {
        List<Path> files = export(dir.resolve("full"), false);
        assertEquals(files, export(dir.resolve("fits-only"), true));
        assertTrue(files.contains(Path.of("Whole trace lifetimes.csv")), files.toString());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("full").resolve(f)),
                    Files.readAllBytes(dir.resolve("fits-only").resolve(f)), f.toString());
        }
        LifetimeExport slim = Fixtures.particle(0).build().lifetimes().fitsOnly();
        assertEquals(0, slim.wholeTrace().histogram().counts().length, "no histogram is held");
    }
}
