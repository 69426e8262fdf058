package org.fullsms.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.analysis.filter.LevelFiltering;
import org.fullsms.export.parquet.ParquetTable;
import org.junit.jupiter.api.Test;

/** The export's tables for other writers (the Spark batch job): fixed lifetime columns, fits and correlations. */
class ExportTablesTest {

    private static final List<ParticleExport> PARTICLE = List.of(Fixtures.particle(0).build());

    @Test
    void levelTablesGetTheComponentColumnsAskedFor() {
        ParquetTable levels = ExportTables.levels(PARTICLE, 3, IntensityUnit.COUNTS_PER_SECOND);
        assertTrue(levels.columnNames().contains("tau_3"), levels.columnNames().toString());
        assertEquals(DataFrames.levels(PARTICLE, ParticleExport.maxExponentials(PARTICLE), IntensityUnit.COUNTS_PER_SECOND,
                LevelFiltering.NONE).rows(), levels.rows());
        assertNull(levels.value(0, levels.columnNames().indexOf("tau_3")), "a 2-exponential fit has no third");
        assertThrows(IllegalArgumentException.class, () -> ExportTables.groupLevels(PARTICLE, 1, IntensityUnit.COUNTS_PER_SECOND),
                "fewer columns than a fit has components would drop some");
    }

    @Test
    void fitsHaveOneRowPerFittedDecayWithTheCsvValues() {
        ParquetTable fits = ExportTables.fits(PARTICLE, 2);
        List<String> columns = fits.columnNames();
        assertEquals(List.of("particle", "decay", "number", "num_photons_in_lifetime_fit", "av_tau", "av_tau_std"),
                columns.subList(0, 6));
        assertEquals(List.of("fit_status", "irf_shift_std", "sim_irf_fwhm", "sim_irf_fwhm_std", "roi_applied"),
                columns.subList(columns.size() - 5, columns.size()));
        // The fixture: a fitted whole trace, levels [fitted, none, unfitted], group levels [unfitted], groups
        // [unfitted, fitted].
        assertEquals(3, fits.rows());
        assertEquals(List.of("whole_trace", "level", "group"), List.of(fits.value(0, 1), fits.value(1, 1),
                fits.value(2, 1)));
        assertNull(fits.value(0, 2));
        assertEquals(1L, fits.value(1, 2));
        assertEquals(2L, fits.value(2, 2), "numbered by position, as the CSV files number levels");
        assertEquals(Fixtures.fit().shiftStdNs(), fits.value(0, columns.indexOf("irf_shift_std")));
        assertEquals(1.5, fits.value(0, columns.indexOf("tau_1")));
        assertNull(fits.value(0, columns.indexOf("sim_irf_fwhm")), "a measured IRF has no FWHM (blank in the CSV)");
        assertEquals("ok", fits.value(2, columns.indexOf("fit_status")));
        assertEquals(Boolean.FALSE, fits.value(0, columns.indexOf("roi_applied")));
    }

    @Test
    void correlationsHaveOneRowPerBin() {
        ParquetTable c = ExportTables.correlations(PARTICLE);
        assertEquals(List.of("particle", "bin", "bin_time", "correlation"), c.columnNames());
        assertEquals(3, c.rows());
        assertEquals(List.of(1L, -1.0, 3L), List.of(c.value(0, 1), c.value(0, 2), c.value(0, 3)));
        assertEquals(List.of(3L, 1.0, 4L), List.of(c.value(2, 1), c.value(2, 2), c.value(2, 3)));
    }
}
