package org.fullsms.export;

import org.fullsms.analysis.lifetime.DecayHistogram;
import org.fullsms.analysis.lifetime.FitResult;

/**
 * One decay histogram file: unfitted {@code Times (ns), Decay} over all channels; fitted
 * {@code Time (ns), Decay, Fitted, Residual} over the fit window. Times are channel · width (channel 0 at 0 ns).
 */
final class HistogramCsv {

    private HistogramCsv() {
    }

    static byte[] of(FittedDecay decay) {
        DecayHistogram h = decay.histogram();
        double[] counts = h.counts();
        double width = h.channelWidthNs();
        FitResult fit = decay.fit();
        if (fit == null || !fit.ok() || fit.startChannel() < 0) {
            Csv csv = new Csv(32 + counts.length * 24);
            csv.row("Times (ns)", "Decay");
            for (int k = 0; k < counts.length; k++) {
                csv.cell(k * width);
                count(csv, counts[k]);
                csv.end();
            }
            return csv.bytes();
        }
        double[] model = fit.fittedCounts();
        double[] residuals = fit.residuals();
        int start = fit.startChannel();
        int end = Math.min(counts.length, Math.min(start + model.length, start + residuals.length));
        Csv csv = new Csv(64 + (end - start) * 64);
        csv.row("Time (ns)", "Decay", "Fitted", "Residual");
        for (int k = start; k < end; k++) {
            csv.cell(k * width);
            count(csv, counts[k]);
            csv.cell(model[k - start]).cell(residuals[k - start]).end();
        }
        return csv.bytes();
    }

    /** Whole counts as integers, as the original's integer histograms print. */
    private static void count(Csv csv, double c) {
        if (c == Math.rint(c) && Math.abs(c) < 1e15) {
            csv.cell((long) c);
        } else {
            csv.cell(c);
        }
    }
}
