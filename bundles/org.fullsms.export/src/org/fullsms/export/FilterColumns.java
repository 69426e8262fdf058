package org.fullsms.export;

import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.analysis.filter.Bound;
import org.fullsms.analysis.filter.FilterSettings;
import org.fullsms.analysis.filter.LevelFeatures;
import org.fullsms.analysis.filter.LevelFiltering;
import org.fullsms.analysis.filter.LevelKind;
import org.fullsms.analysis.filter.NormalisedLevel;
import org.fullsms.analysis.filter.Verdict;
import org.fullsms.export.parquet.ParquetTable;

/**
 * The filter and normalisation columns of the level tables. When a filter is on, as the original's DataFrames: one
 * {@code failed_*} column per filter that is on ({@code failed_photon_min}, {@code failed_int_min},
 * {@code failed_int_max}, {@code failed_tau_min}, {@code failed_tau_max}, {@code failed_chisq_min},
 * {@code failed_chisq_max}, {@code failed_irf_min}, {@code failed_irf_max}, {@code failed_dw_5} / {@code _1} /
 * {@code _03} / {@code _01}), null where the level lacks the value (no lifetime fit), then {@code is_filtered_out}.
 * When a normalisation is applied, ours: {@code int_normalised} (in the table's intensity unit) and
 * {@code num_photons_normalised}, null for levels it did not cover.
 */
final class FilterColumns {

    private final FilterSettings settings;
    private final boolean normalised;
    private final IntensityUnit unit;
    private final boolean[][] failed;
    private final boolean[][] tested;
    private final boolean[] filteredOut;
    private final double[] intensity;
    private final long[] photons;
    private final boolean[] covered;

    FilterColumns(int rows, LevelFiltering filtering, IntensityUnit unit) {
        this.settings = filtering.settings();
        this.normalised = filtering.normalisation() != null;
        this.unit = unit;
        int tests = Bound.values().length + 1; // the Durbin–Watson test last
        failed = new boolean[tests][rows];
        tested = new boolean[tests][rows];
        filteredOut = new boolean[rows];
        intensity = new double[rows];
        photons = new long[rows];
        covered = new boolean[rows];
    }

    /**
     * @param level   its measured features
     * @param norm    its normalised intensity, or null
     * @param binSizeMs the particle's bin size, for intensities per bin
     */
    void set(int row, LevelFeatures level, NormalisedLevel norm, double binSizeMs) {
        Verdict v = settings.evaluate(level);
        for (Bound b : settings.enabledBounds()) {
            Boolean f = v.failedOrUnknown(b);
            tested[b.ordinal()][row] = f != null;
            failed[b.ordinal()][row] = Boolean.TRUE.equals(f);
        }
        int dw = Bound.values().length;
        Boolean f = v.dwFailedOrUnknown();
        tested[dw][row] = f != null;
        failed[dw][row] = Boolean.TRUE.equals(f);
        filteredOut[row] = !v.passes();
        if (norm != null) {
            covered[row] = true;
            intensity[row] = unit.fromCps(norm.intensityCps(), binSizeMs);
            photons[row] = norm.photons();
        }
    }

    void addTo(ParquetTable.Builder b) {
        if (settings.anyEnabled()) {
            for (Bound bound : settings.enabledBounds()) {
                b.booleans(bound.column(), failed[bound.ordinal()], tested[bound.ordinal()]);
            }
            if (settings.dwEnabled()) {
                int dw = Bound.values().length;
                b.booleans("failed_" + settings.dwLevel().boundColumn(), failed[dw], tested[dw]);
            }
            b.booleans("is_filtered_out", filteredOut, null);
        }
        if (normalised) {
            b.doubles("int_normalised", intensity, covered).longs("num_photons_normalised", photons, covered);
        }
    }

    /** The normalised level of a row, if the filtering's normalisation covered it. */
    static NormalisedLevel normalised(LevelFiltering filtering, String particle, LevelKind kind, int index) {
        return filtering.normalisation() == null ? null
                : filtering.normalisation().of(particle, kind, index).orElse(null);
    }
}
