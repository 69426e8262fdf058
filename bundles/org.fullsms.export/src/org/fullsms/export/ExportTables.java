package org.fullsms.export;

import java.util.List;

import org.fullsms.analysis.correlation.CorrelationResult;
import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.analysis.filter.LevelFiltering;
import org.fullsms.export.parquet.ParquetTable;

/**
 * The export's tables as column tables, for writers other than the export folder: the Spark batch job
 * ({@code org.fullsms.spark}) hands them to Spark as its Parquet tables, so that they have the export's columns and
 * values by construction. {@code levels}, {@code group_levels} and {@code groups} are the Parquet export's tables
 * (docs/exports.md); {@code fits} and {@code correlations} hold what the lifetime and correlation CSV files hold, in
 * the Parquet tables' style of names ({@link FitTable}, {@link #correlations}).
 *
 * <p>
 * The lifetime component columns ({@code tau_1}, ...) are made for a given number of exponentials rather than the
 * largest the particles have, as an export does, so that tables made for different parts of one batch line up.
 * Callers need the optional bundle {@code org.fullsms.export.parquet}.
 */
public final class ExportTables {

    private ExportTables() {
    }

    /** {@code levels.parquet}'s rows and columns, intensities in {@code unit}. */
    public static ParquetTable levels(List<ParticleExport> particles, int exponentials, IntensityUnit unit) {
        return DataFrames.levels(particles, checked(particles, exponentials), unit, LevelFiltering.NONE);
    }

    /** {@code group_levels.parquet}'s rows and columns, intensities in {@code unit}. */
    public static ParquetTable groupLevels(List<ParticleExport> particles, int exponentials, IntensityUnit unit) {
        return DataFrames.groupLevels(particles, checked(particles, exponentials), unit, LevelFiltering.NONE);
    }

    /** {@code groups.parquet}'s rows and columns, intensities in {@code unit}. */
    public static ParquetTable groups(List<ParticleExport> particles, IntensityUnit unit) {
        return DataFrames.groups(particles, unit);
    }

    /** One row per fitted decay: see {@link FitTable}. */
    public static ParquetTable fits(List<ParticleExport> particles, int exponentials) {
        return FitTable.of(particles, checked(particles, exponentials));
    }

    /**
     * One row per correlation bin, as {@code <p> corr.csv}: {@code particle}, {@code bin} ({@code Bin #}, 1-based),
     * {@code bin_time} ({@code Bin Time (ns)}, the bin centre) and {@code correlation} ({@code Correlation
     * (counts/bin)}).
     */
    public static ParquetTable correlations(List<ParticleExport> particles) {
        int n = 0;
        for (ParticleExport p : particles) {
            n += p.correlation() == null ? 0 : p.correlation().counts().length;
        }
        String[] particle = new String[n];
        long[] bin = new long[n];
        double[] time = new double[n];
        long[] counts = new long[n];
        int row = 0;
        for (ParticleExport p : particles) {
            CorrelationResult r = p.correlation();
            if (r == null) {
                continue;
            }
            double[] centres = r.binCentresNs();
            long[] c = r.counts();
            for (int i = 0; i < c.length; i++, row++) {
                particle[row] = p.name();
                bin[row] = i + 1;
                time[row] = centres[i];
                counts[row] = c[i];
            }
        }
        return ParquetTable.builder(n).strings("particle", particle).longs("bin", bin, null)
                .doubles("bin_time", time, null).longs("correlation", counts, null).build();
    }

    /** Fewer component columns than a fit has would drop its components without a word. */
    private static int checked(List<ParticleExport> particles, int exponentials) {
        int needed = ParticleExport.maxExponentials(particles);
        if (exponentials < needed) {
            throw new IllegalArgumentException("columns for " + exponentials + " exponentials were asked for, but a"
                    + " fit has " + needed);
        }
        return exponentials;
    }
}
