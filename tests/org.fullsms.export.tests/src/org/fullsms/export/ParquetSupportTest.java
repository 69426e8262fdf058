package org.fullsms.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export without the optional Parquet bundle: Parquet tables are listed as skipped, the rest is written. */
class ParquetSupportTest {

    @TempDir
    Path dir;

    @Test
    void writerIsFoundWhenInstalledAndAMissingClassIsNot() {
        assertTrue(ParquetSupport.available(), "the test runtime installs org.fullsms.export.parquet");
        assertTrue(ParquetSupport.loadable(ParquetSupport.WRITER_CLASS));
        assertFalse(ParquetSupport.loadable("org.fullsms.export.parquet.NoSuchClass"));
    }

    @Test
    void withoutTheBundleParquetIsSkippedWithTheReasonAndCsvStillPlanned() {
        ExportOptions o = ExportOptions.of(EnumSet.of(ExportKind.PARQUET, ExportKind.LEVELS));
        ExportRequest request = new ExportRequest(dir, List.of(Fixtures.particle(0).build()), o);
        ExportPlan plan = ExportPlan.of(request, false);
        assertEquals(List.of("Particle 1 levels-plot (ROI).csv", "Particle 1 levels (ROI).csv"),
                plan.files.stream().map(f -> f.relative().toString()).toList());
        assertEquals(List.of("Parquet tables need the optional bundle org.fullsms.export.parquet, which is not"
                + " installed"), plan.skipped);
    }
}
