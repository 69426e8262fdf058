package org.fullsms.export;

import java.util.ArrayList;
import java.util.List;

import org.fullsms.analysis.lifetime.FitResult;

/**
 * Fitting results: {@code Whole trace lifetimes.csv} (one row per particle), {@code <p> levels-lifetimes.csv}
 * and {@code <p> group-level-lifetimes.csv} (one row per fitted level / group level), with the columns of
 * REFERENCE §9, then ours, {@code Fit Status} ("ok", "at_bound", "poor_fit", ... : why a row has no values, or
 * how far to trust them). Component columns are numbered from 0 as the original numbers them ({@code Lifetime 0 (ns)} is
 * the first lifetime) and padded with blanks up to the largest number of exponentials in the export.
 */
final class LifetimeCsv {

    private static final String[] TAIL = {"Av. Lifetime (ns)", "Av. Lifetime std (ns)", "IRF Shift (ns)",
        "IRF Shift std (ns)", "Decay BG", "IRF BG", "Chi Squared", "Sim. IRF FWHM (ns)", "Sim. IRF FWHM std (ns)",
        "DW", "DW 0.05", "DW 0.01", "DW 0.003", "DW 0.001", "ROI applied"};

    private LifetimeCsv() {
    }

    /** The column names after the leading id column(s) for {@code maxExp} exponentials. */
    static List<String> valueColumns(int maxExp) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < maxExp; i++) {
            columns.add("Lifetime " + i + " (ns)");
        }
        for (int i = 0; i < maxExp; i++) {
            columns.add("Lifetime " + i + " std (ns)");
        }
        for (int i = 0; i < maxExp; i++) {
            columns.add("Amp " + i);
        }
        for (int i = 0; i < maxExp; i++) {
            columns.add("Amp " + i + " std");
        }
        columns.addAll(List.of(TAIL));
        columns.add("Fit Status");
        return columns;
    }

    /** One particle row per fitted whole-trace decay: {@code Particle #, Primary?, …}. */
    static byte[] wholeTrace(List<ParticleExport> particles, int maxExp) {
        Csv csv = header(new Csv(), List.of("Particle #", "Primary?"), maxExp);
        for (ParticleExport p : particles) {
            LifetimeExport l = p.lifetimes();
            if (l != null && l.wholeTrace() != null && l.wholeTrace().fitted()) {
                long number = p.number();
                if (number >= 0) {
                    csv.cell(number);
                } else {
                    csv.cell(p.name());
                }
                csv.cell(p.secondary() ? 0 : 1);
                values(csv, l.wholeTrace().fit(), maxExp, l.roi());
            }
        }
        return csv.bytes();
    }

    /** One row per fitted decay of the list: {@code Level #} (1-based position in the list), then the values. */
    static byte[] levels(List<FittedDecay> decays, int maxExp, boolean roi) {
        Csv csv = header(new Csv(256 + decays.size() * 300), List.of("Level #"), maxExp);
        for (int i = 0; i < decays.size(); i++) {
            FittedDecay d = decays.get(i);
            if (d != null && d.fitted()) {
                csv.cell(i + 1);
                values(csv, d.fit(), maxExp, roi);
            }
        }
        return csv.bytes();
    }

    static boolean anyFitted(List<FittedDecay> decays) {
        for (FittedDecay d : decays) {
            if (d != null && d.fitted()) {
                return true;
            }
        }
        return false;
    }

    private static Csv header(Csv csv, List<String> lead, int maxExp) {
        for (String c : lead) {
            csv.cell(c);
        }
        for (String c : valueColumns(maxExp)) {
            csv.cell(c);
        }
        return csv.end();
    }

    /** The value cells; a fit without values (failed) gives blanks and only the ROI flag. */
    private static void values(Csv csv, FitResult f, int maxExp, boolean roi) {
        boolean ok = f.ok();
        components(csv, ok ? f.tauNs() : null, maxExp);
        components(csv, ok ? f.tauStdNs() : null, maxExp);
        components(csv, ok ? f.amplitudes() : null, maxExp);
        components(csv, ok ? f.amplitudeStd() : null, maxExp);
        if (ok) {
            csv.cell(f.meanTauAmplitudeNs()).cell(f.meanTauAmplitudeStdNs()).cell(f.shiftNs()).cell(f.shiftStdNs())
                    .cell(f.background()).cell(f.irfBackground()).cell(f.chiSquaredReduced());
            if (Double.isNaN(f.fwhmNs())) {
                csv.blank().blank();
            } else {
                csv.cell(f.fwhmNs()).cell(f.fwhmStdNs());
            }
            csv.cell(f.durbinWatson());
            double[] bounds = f.durbinWatsonBounds();
            for (int i = 0; i < 4; i++) {
                csv.cellOrBlank(bounds != null && i < bounds.length ? bounds[i] : Double.NaN);
            }
        } else {
            for (int i = 0; i < TAIL.length - 1; i++) {
                csv.blank();
            }
        }
        csv.cell(roi ? "True" : "False").cell(FitColumns.status(f)).end();
    }

    private static void components(Csv csv, double[] values, int maxExp) {
        for (int i = 0; i < maxExp; i++) {
            if (values != null && i < values.length) {
                csv.cell(values[i]);
            } else {
                csv.blank();
            }
        }
    }
}
