package org.fullsms.export;

import java.util.List;

import org.fullsms.analysis.correlation.CorrelationParameters;
import org.fullsms.analysis.correlation.CorrelationResult;
import org.fullsms.analysis.cpa.ChangePointAnalysis;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.grouping.Group;
import org.fullsms.analysis.grouping.GroupingAnalysis;
import org.fullsms.analysis.grouping.GroupingInput;
import org.fullsms.analysis.grouping.GroupingParameters;
import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.analysis.grouping.GroupingStep;
import org.fullsms.analysis.grouping.LevelInput;
import org.fullsms.analysis.lifetime.DecayHistogram;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.lifetime.FitStatus;

/**
 * A small hand-made particle whose exports can be worked out by hand: 250 photons in three levels,
 * A = 100 photons every 10 ms from 0 s, B = 50 photons every 20 ms from 1 s, C = 100 photons every 10 ms from
 * 2 s; a two-step grouping ({A, C} vs {B}, then one group), a two-exponential fit, a correlation.
 */
final class Fixtures {

    private Fixtures() {
    }

    static long[] times() {
        long[] t = new long[250];
        for (int i = 0; i < 100; i++) {
            t[i] = i * 10_000_000L;
        }
        for (int j = 0; j < 50; j++) {
            t[100 + j] = 1_000_000_000L + j * 20_000_000L;
        }
        for (int k = 0; k < 100; k++) {
            t[150 + k] = 2_000_000_000L + k * 10_000_000L;
        }
        return t;
    }

    static List<Level> levels() {
        return List.of(new Level(0, 99, 0, 990_000_000L, 100, 100 / 0.99),
                new Level(100, 149, 1_000_000_000L, 1_980_000_000L, 50, 50 / 0.98),
                new Level(150, 249, 2_000_000_000L, 2_990_000_000L, 100, 100 / 0.99));
    }

    static ChangePointResult changePoints() {
        return new ChangePointResult(ChangePointAnalysis.ID, ChangePointAnalysis.VERSION,
                ChangePointParameters.of(95), 250, true, new int[] {100, 150}, new int[] {95, 145},
                new int[] {105, 155}, levels(), 80, 20, List.of());
    }

    static List<LevelInput> levelInputs() {
        return levels().stream().map(l -> new LevelInput(l.photons(), l.dwellS(), l.startS(), l.endS())).toList();
    }

    /** Step 1 (index 0): {B} = group 1, {A, C} = group 2, BIC −10.5 (best); step 2: one group, BIC −20.25. */
    static GroupingResult grouping(int selected) {
        GroupingStep two = new GroupingStep(-10.5, -3, List.of(new Group(0, 50 / 0.98, 50, 0.98, 1),
                new Group(1, 200 / 1.98, 200, 1.98, 2)), new int[] {1, 0, 1}, 4);
        GroupingStep one = new GroupingStep(-20.25, -9, List.of(new Group(0, 250 / 2.96, 250, 2.96, 3)),
                new int[] {0, 0, 0}, 2);
        return new GroupingResult(GroupingAnalysis.ID, GroupingAnalysis.VERSION, GroupingParameters.DEFAULTS,
                List.of(two, one), 0, selected);
    }

    static GroupingExport groupingExport(int selected) {
        return new GroupingExport(new GroupingInput(levelInputs(), 250, 2, 2.99), grouping(selected), false);
    }

    static DecayHistogram decay() {
        return DecayHistogram.of(0.5, new double[] {0, 5, 20, 15, 10, 6, 3, 1});
    }

    /** Two exponentials fitted over channels 2..5, measured IRF (no FWHM). */
    static FitResult fit() {
        return fit(FitStatus.OK);
    }

    /** {@link #fit()} with another status (values are exported only for statuses that carry them). */
    static FitResult fit(FitStatus status) {
        return new FitResult("lifetime", "1.0.0", status, "", List.of(), "LEAST_SQUARES", "NONE", 2,
                new double[] {1.5, 4.0}, new double[] {0.1, 0.2}, new double[] {0.3, 0.7}, new double[] {0.01, 0.02},
                3.25, 0.05, 3.6, 0.06, 0.012, 0.003, 2.0, Double.NaN, 0.5, Double.NaN, Double.NaN, 1.05, 1.9,
                new double[] {1.8, 1.7, 1.6, 1.5}, 2, 6, 1.0, 3.0, 51, new double[] {19.5, 15.5, 9.75, 6.25},
                new double[] {0.25, -0.5, 0.125, -0.1}, 10, 1);
    }

    static CorrelationResult correlation() {
        return new CorrelationResult("correlation", "1.0.0", CorrelationParameters.of(10, 1, 0),
                new double[] {-1, 0, 1}, new long[] {3, 7, 4}, new double[] {1, 0.5, 1}, 0.5, 0.1, "centre-bin",
                null, 1, 100, 100, 1e9, 14, List.of());
    }

    /** The particle with everything: photons, levels, grouping (step {@code selected}), lifetimes, correlation. */
    static ParticleExport.Builder particle(int selected) {
        FittedDecay fitted = new FittedDecay(decay(), fit());
        FittedDecay plain = new FittedDecay(decay(), null);
        LifetimeExport lifetimes = new LifetimeExport(fitted, java.util.Arrays.asList(fitted, null, plain),
                List.of(plain), List.of(plain, fitted), false);
        return ParticleExport.builder("Particle 1").tcspcCard("SPC-150").absoluteNs(times())
                .changePoints(changePoints()).grouping(groupingExport(selected)).lifetimes(lifetimes)
                .correlation(correlation());
    }
}
