package org.fullsms.analysis.lifetime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The window the command line and the workbench fit with since issue 19 — from channel 0 to the original's
 * automatic end — against the window they fitted before, from channel 0 to the last channel but one, on every
 * reference case with its true number of exponentials (least squares, Mighell-weighted, measured IRF): the truth
 * must stay within 2 standard errors in at least 95 % of the fits. Prints for docs/lifetime.md how far the window
 * end and each lifetime moved, relative and in standard errors.
 */
class AutomaticEndTest {

    @Test
    void theAutomaticEndKeepsTheTruthWithinTwoStandardErrors() throws IOException {
        LifetimeFitter fitter = new LifetimeFitter();
        FitSettings lastChannel = FitSettings.defaults().withWindow(StartMode.MANUAL, 0, false, -1);
        FitSettings automaticEnd = lastChannel.withWindow(StartMode.MANUAL, 0, true, -1);
        StringBuilder table = new StringBuilder("| case | truth τ | window end: last / auto | τ, window to the last "
                + "channel | τ, automatic end | moved (relative) | moved (SE) |\n|---|---|---|---|---|---|---|\n");
        int[] within = new int[2];
        int total = 0;
        for (ReferenceCases.Case c : ReferenceCases.load()) {
            double[] truth = ReferenceParityTest.sorted(c.trueTau());
            FitParameters parameters = FitParameters.defaults(c.numExp());
            FitResult before = fitter.fit(c.histogram(), c.irfObject(), parameters, lastChannel);
            FitResult after = fitter.fit(c.histogram(), c.irfObject(), parameters, automaticEnd);
            total++;
            within[0] += TruthTest.withinTwoErrors(before, truth) ? 1 : 0;
            within[1] += TruthTest.withinTwoErrors(after, truth) ? 1 : 0;
            double[] a = ReferenceParityTest.sorted(before.tauNs());
            double[] b = ReferenceParityTest.sorted(after.tauNs());
            double[] relative = new double[a.length];
            double[] errors = new double[a.length];
            double[] se = sortedLike(before.tauNs(), before.tauStdNs());
            for (int i = 0; i < a.length; i++) {
                relative[i] = (b[i] - a[i]) / a[i];
                errors[i] = (b[i] - a[i]) / se[i];
            }
            table.append(String.format(Locale.ROOT, "| %s | %s | %d / %d | %s | %s | %s | %s |%n", c.name(),
                    ReferenceParityTest.format(truth), before.endChannel(), after.endChannel(),
                    ReferenceParityTest.format(a), ReferenceParityTest.format(b), format("%+.2g", relative),
                    format("%+.2f", errors)));
        }
        System.out.print(table);
        System.out.printf(Locale.ROOT, "truth within 2 SE: window to the last channel %d/%d, automatic end %d/%d%n",
                within[0], total, within[1], total);
        assertTrue(within[1] >= 0.95 * total, "automatic end: " + within[1] + " of " + total + " within 2 SE");
    }

    /** {@code values} in the order that sorts {@code keys}. */
    private static double[] sortedLike(double[] keys, double[] values) {
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(keys[x], keys[y]));
        double[] out = new double[keys.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[order[i]];
        }
        return out;
    }

    private static String format(String pattern, double[] values) {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, pattern, v));
        }
        return b.toString();
    }
}
