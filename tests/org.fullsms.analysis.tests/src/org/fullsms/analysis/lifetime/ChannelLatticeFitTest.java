package org.fullsms.analysis.lifetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;

import org.fullsms.model.MicroTimes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference decays turned into photons as instruments and converters write micro times — channel left edges
 * (k × w rounded to double), channel centres, and k × w printed with 10 significant digits — quantised and
 * fitted with the measured IRF read from a two-column text starting at 0 ns. The three writings must give the
 * same histogram and so the same lifetimes (1e-6 relative), and the fitted IRF shift must be the physical one.
 */
class ChannelLatticeFitTest {

    /** Cases with fewer photons do not pin the shift to 0.02 ns. */
    private static final double MIN_PHOTONS = 1e4;
    private static final double SHIFT_TOLERANCE_NS = 0.02;
    private static final double SAME_TAU = 1e-6;

    @Test
    void edgesCentresAndPrintedValuesGiveTheSameFit(@TempDir Path dir) throws IOException {
        int checked = 0;
        for (ReferenceCases.Case c : ReferenceCases.load()) {
            double total = c.histogram().total();
            if (total < MIN_PHOTONS) {
                continue;
            }
            double w = c.width();
            Irf irf = IrfReader.readText(irfText(dir, c));
            List<IntToDoubleFunction> writings = List.of(k -> k * w, k -> (k + 0.5) * w,
                    k -> new BigDecimal(k * w).round(new MathContext(10)).doubleValue());
            double[] first = null;
            for (IntToDoubleFunction writing : writings) {
                MicroTimes micro = MicroTimes.quantise(photons(c.decay(), writing));
                assertTrue(micro.isQuantised(), c.name() + ": " + micro.note().orElse(""));
                DecayHistogram decay = DecayHistogram.build(micro, 0, micro.size(),
                        HistogramBinning.ofChannels(micro.widthNs(), c.decay().length - 1));
                FitResult r = new LifetimeFitter().fit(decay, irf, FitParameters.defaults(c.numExp()),
                        FitSettings.defaults());
                String label = String.format(Locale.ROOT, "%s: %s τ %s, shift %.4f ns (truth %.3f)", c.name(),
                        r.status(), java.util.Arrays.toString(r.tauNs()), r.shiftNs(),
                        c.truth().get("true_irf_shift_ns").getAsDouble());
                assertEquals(FitStatus.OK, r.status(), label + " " + r.message());
                assertEquals(c.truth().get("true_irf_shift_ns").getAsDouble(), r.shiftNs(), SHIFT_TOLERANCE_NS, label);
                if (first == null) {
                    first = r.tauNs();
                } else {
                    for (int i = 0; i < first.length; i++) {
                        assertEquals(first[i], r.tauNs()[i], Math.abs(first[i]) * SAME_TAU, label);
                    }
                }
            }
            checked++;
        }
        assertTrue(checked >= 8, "cases with ≥ 1e4 photons: " + checked);
    }

    /** The IRF as "time counts" lines, times printed with 10 significant digits from 0 ns (the CSV's t_ns). */
    private static Path irfText(Path dir, ReferenceCases.Case c) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < c.irf().length; k++) {
            lines.add(String.format(Locale.ROOT, "%.10g %d", k * c.width(), (long) c.irf()[k]));
        }
        return Files.write(dir.resolve(c.name() + "-irf.txt"), lines);
    }

    /** One photon per count, in channel order (the order does not matter for a histogram). */
    private static double[] photons(double[] counts, IntToDoubleFunction writing) {
        int n = 0;
        for (double c : counts) {
            n += (int) c;
        }
        double[] micro = new double[n];
        int i = 0;
        for (int k = 0; k < counts.length; k++) {
            double t = writing.applyAsDouble(k);
            for (int j = 0; j < counts[k]; j++) {
                micro[i++] = t;
            }
        }
        return micro;
    }
}
