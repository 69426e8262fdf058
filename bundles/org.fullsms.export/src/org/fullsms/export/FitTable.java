package org.fullsms.export;

import java.util.ArrayList;
import java.util.List;

import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.export.parquet.ParquetTable;

/**
 * The {@code fits} table of {@link ExportTables}: one row per fitted decay, in the order the lifetime CSV files list
 * them ({@code Whole trace lifetimes.csv}, {@code <p> levels-lifetimes.csv}, {@code <p> group-level-lifetimes.csv})
 * and then the group fits, which no CSV file holds. Columns: {@code particle}; {@code decay} ({@code whole_trace},
 * {@code level}, {@code group_level} or {@code group}); {@code number} (the CSV's 1-based {@code Level #}, null for
 * the whole trace); then the fit columns of {@code levels.parquet} ({@link FitColumns}, {@code num_photons_in_lifetime_fit}
 * to {@code fit_status}); then the CSV's values that table lacks: {@code irf_shift_std} ({@code IRF Shift std (ns)}),
 * {@code sim_irf_fwhm} and {@code sim_irf_fwhm_std} ({@code Sim. IRF FWHM (ns)} and its std, null for a measured
 * IRF) and {@code roi_applied}. Values are null where the CSV cell is blank.
 */
final class FitTable {

    private record Fitted(String particle, String decay, long number, FitResult fit, boolean roi) {
    }

    private FitTable() {
    }

    static ParquetTable of(List<ParticleExport> particles, int maxExp) {
        List<Fitted> rows = new ArrayList<>();
        for (ParticleExport p : particles) {
            LifetimeExport l = p.lifetimes();
            if (l == null) {
                continue;
            }
            if (l.wholeTrace() != null && l.wholeTrace().fitted()) {
                rows.add(new Fitted(p.name(), "whole_trace", -1, l.wholeTrace().fit(), l.roi()));
            }
            add(rows, p.name(), "level", l.levels(), l.roi());
            add(rows, p.name(), "group_level", l.groupLevels(), l.roi());
            add(rows, p.name(), "group", l.groups(), l.roi());
        }
        int n = rows.size();
        String[] particle = new String[n];
        String[] decay = new String[n];
        long[] number = new long[n];
        boolean[] numbered = new boolean[n];
        FitColumns fits = new FitColumns(n, maxExp);
        double[] shiftStd = new double[n];
        boolean[] ok = new boolean[n];
        double[] fwhm = new double[n];
        double[] fwhmStd = new double[n];
        boolean[] simulated = new boolean[n];
        boolean[] roi = new boolean[n];
        for (int i = 0; i < n; i++) {
            Fitted r = rows.get(i);
            particle[i] = r.particle();
            decay[i] = r.decay();
            number[i] = r.number();
            numbered[i] = r.number() > 0;
            fits.set(i, r.fit());
            ok[i] = r.fit().ok();
            shiftStd[i] = r.fit().shiftStdNs();
            fwhm[i] = r.fit().fwhmNs();
            fwhmStd[i] = r.fit().fwhmStdNs();
            simulated[i] = ok[i] && !Double.isNaN(fwhm[i]);
            roi[i] = r.roi();
        }
        ParquetTable.Builder b = ParquetTable.builder(n).strings("particle", particle).strings("decay", decay)
                .longs("number", number, numbered);
        fits.addTo(b);
        return b.doubles("irf_shift_std", shiftStd, ok).doubles("sim_irf_fwhm", fwhm, simulated)
                .doubles("sim_irf_fwhm_std", fwhmStd, simulated).booleans("roi_applied", roi, null).build();
    }

    /** The fitted decays of one list, numbered by their position in it (1-based), as the CSV files number them. */
    private static void add(List<Fitted> rows, String particle, String decay, List<FittedDecay> decays, boolean roi) {
        for (int i = 0; i < decays.size(); i++) {
            FittedDecay d = decays.get(i);
            if (d != null && d.fitted()) {
                rows.add(new Fitted(particle, decay, i + 1, d.fit(), roi));
            }
        }
    }
}
