package org.fullsms.analysis.lifetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Fits that converge to unusable values are flagged with a status and a reason, not reported as OK. */
class FitFlagsTest {

    private static final LifetimeFitter FITTER = new LifetimeFitter();
    private static final double W = Synthetic.WIDTH;
    private static final double[] IRF = Synthetic.irf(Synthetic.CHANNELS, W);

    @Test
    void lifetimeOnItsLowerBoundIsFlagged() {
        // noiseless 0.2 ns decay, but τ may not go below 0.5 ns: the optimum sits on the bound
        double[] expected = Synthetic.expected(IRF, W, new double[] { 0.2 }, new double[] { 1 }, 0, 1e5, 1.0);
        FitParameters p = FitParameters.defaults(1).withTau(0, FitParameter.free(1, 0.5, 10));
        FitSettings s = FitSettings.defaults().withWeighting(FitSettings.Weighting.NEYMAN);
        FitResult r = FITTER.fit(DecayHistogram.of(W, expected), Irf.of(W, IRF), p, s);
        assertEquals(FitStatus.AT_BOUND, r.status(), r.message());
        assertTrue(r.ok(), "a flagged fit keeps its values");
        assertEquals(0.5, r.tauNs()[0], W / 100); // on the bound within the flag's tolerance
        assertTrue(r.message().contains("τ1 at its lower bound (0.5 ns)"), r.message());
    }

    @Test
    void modelWithoutCountsWhereTheDataHaveSomeIsAPoorFit() {
        // background held at 0 while the data have 0.5 counts per channel before the rise of a Gaussian IRF (whose
        // tails are 0): Pearson's χ² is infinite or astronomically large there
        double[] expected = Synthetic.expected(IRF, W, new double[] { 2.0 }, new double[] { 1 }, 0, 1e4, 0.5);
        DecayHistogram decay = DecayHistogram.of(W, Synthetic.poisson(expected, 11));
        FitParameters p = FitParameters.defaults(1).withBackground(FitParameter.fixedAt(0));
        FitResult r = FITTER.fit(decay, Irf.of(W, IRF), p, FitSettings.defaults());
        assertEquals(FitStatus.POOR_FIT, r.status(), r.message() + " χ²red " + r.chiSquaredReduced());
        assertTrue(!(r.chiSquaredReduced() <= LifetimeFitter.MAX_CHI2_RED), "χ²red " + r.chiSquaredReduced());
        assertTrue(r.message().contains("χ²red"), r.message());
    }

    @Test
    void freeBackgroundIsNotLeftAtZeroWhenChannelsWithoutSignalHoldCounts() {
        // 3 counts per 100 channels before the rise (0.03 per channel) under a bright 4 ns decay: the weighted
        // least squares alone could put the background at ~0, which makes those counts impossible
        double[] expected = Synthetic.expected(IRF, W, new double[] { 4.0 }, new double[] { 1 }, 0, 2e4, 0.03);
        FitSettings s = FitSettings.defaults();
        for (long seed = 1; seed <= 20; seed++) {
            DecayHistogram decay = DecayHistogram.of(W, Synthetic.poisson(expected, seed));
            FitResult r = FITTER.fit(decay, Irf.of(W, IRF), FitParameters.defaults(1), s);
            String label = "seed " + seed + ": " + r.status() + " " + r.message() + " bg " + r.background()
                    + " χ²red " + r.chiSquaredReduced() + " " + r.notes();
            assertEquals(FitStatus.OK, r.status(), label);
            // a correct model on Poisson data: χ²red within 0.5–3 even where most channels hold 0 or 1 count
            assertTrue(r.chiSquaredReduced() >= 0.5 && r.chiSquaredReduced() <= 3, label);
            assertEquals(4.0, r.tauNs()[0], 4 * r.tauStdNs()[0], label); // within 4 SE
        }
    }
}
