package org.fullsms.analysis.lifetime;

import java.util.ArrayList;
import java.util.List;

/**
 * Start values, bounds and "fixed" flags of a fit with 1–3 exponentials. Amplitudes are the pre-exponential
 * fractions a<sub>i</sub> (Σ a<sub>i</sub> = 1 in the Poisson modes; the original's mode keeps them independent
 * with a soft Σ = 1 penalty). A {@code NaN} start of the background means "automatic": start at the estimate
 * (or the value in {@link FitSettings#decayBackground()}), fitted when the window contains channels before the
 * rise and held at the estimate otherwise.
 *
 * @param tauNs        lifetimes in ns, one per exponential
 * @param amplitudes   amplitude fractions, one per exponential
 * @param shiftNs      IRF shift in ns (positive = the IRF is delayed); a free shift with a {@code NaN} start is
 *                     "automatic": it starts where the rising edges of model and data line up (at 0, as the
 *                     original, in the original's unweighted mode)
 * @param background   decay background in counts per channel (Poisson modes; NaN start = estimate)
 * @param fwhmNs       FWHM of the simulated Gaussian IRF in ns (used only when the IRF is simulated)
 */
public record FitParameters(List<FitParameter> tauNs, List<FitParameter> amplitudes, FitParameter shiftNs,
        FitParameter background, FitParameter fwhmNs) {

    /** The most exponentials a fit has (the original's limit); exports have columns for each. */
    public static final int MAX_EXPONENTIALS = 3;

    public FitParameters {
        tauNs = List.copyOf(tauNs);
        amplitudes = List.copyOf(amplitudes);
        if (tauNs.isEmpty() || tauNs.size() > MAX_EXPONENTIALS) {
            throw new IllegalArgumentException("1 to 3 exponentials are supported, got " + tauNs.size());
        }
        if (amplitudes.size() != tauNs.size()) {
            throw new IllegalArgumentException(
                    tauNs.size() + " lifetimes need " + tauNs.size() + " amplitudes, got " + amplitudes.size());
        }
    }

    /** Number of exponentials. */
    public int numExp() {
        return tauNs.size();
    }

    /**
     * The original's fitting-dialog defaults (REFERENCE §5): τ 1 (0–10) ns; 0.1, 1 (0–10); 0.1, 1, 10 (0–10,
     * 0–10, 0–100); amplitudes 1; 0.5/0.5; 0.6/0.3/0.1 (0–1); shift automatic (−2…+1 ns); background automatic
     * (≥ 0); FWHM 0.4 (0.05–2) ns.
     */
    public static FitParameters defaults(int numExp) {
        double[] taus;
        double[] tauMax;
        double[] amps;
        switch (numExp) {
            case 1 -> {
                taus = new double[] { 1 };
                tauMax = new double[] { 10 };
                amps = new double[] { 1 };
            }
            case 2 -> {
                taus = new double[] { 0.1, 1 };
                tauMax = new double[] { 10, 10 };
                amps = new double[] { 0.5, 0.5 };
            }
            case 3 -> {
                taus = new double[] { 0.1, 1, 10 };
                tauMax = new double[] { 10, 10, 100 };
                amps = new double[] { 0.6, 0.3, 0.1 };
            }
            default -> throw new IllegalArgumentException("1 to 3 exponentials are supported, got " + numExp);
        }
        List<FitParameter> tau = new ArrayList<>();
        List<FitParameter> amp = new ArrayList<>();
        for (int i = 0; i < numExp; i++) {
            tau.add(FitParameter.free(taus[i], 0, tauMax[i]));
            amp.add(FitParameter.free(amps[i], 0, 1));
        }
        return new FitParameters(tau, amp, FitParameter.free(Double.NaN, -2, 1),
                FitParameter.free(Double.NaN, 0, Double.POSITIVE_INFINITY), FitParameter.free(0.4, 0.05, 2));
    }

    /** These parameters with lifetime {@code i} replaced. */
    public FitParameters withTau(int i, FitParameter tau) {
        List<FitParameter> list = new ArrayList<>(tauNs);
        list.set(i, tau);
        return new FitParameters(list, amplitudes, shiftNs, background, fwhmNs);
    }

    /** These parameters with amplitude {@code i} replaced. */
    public FitParameters withAmplitude(int i, FitParameter amplitude) {
        List<FitParameter> list = new ArrayList<>(amplitudes);
        list.set(i, amplitude);
        return new FitParameters(tauNs, list, shiftNs, background, fwhmNs);
    }

    /** These parameters with another IRF shift. */
    public FitParameters withShift(FitParameter shift) {
        return new FitParameters(tauNs, amplitudes, shift, background, fwhmNs);
    }

    /** These parameters with another background. */
    public FitParameters withBackground(FitParameter value) {
        return new FitParameters(tauNs, amplitudes, shiftNs, value, fwhmNs);
    }

    /** These parameters with another simulated-IRF FWHM. */
    public FitParameters withFwhm(FitParameter value) {
        return new FitParameters(tauNs, amplitudes, shiftNs, background, value);
    }

    /**
     * These parameters starting at the values of {@code fit} (a fit with as many exponentials and values): lifetimes,
     * amplitudes, shift, background and (when the fit simulated the IRF) FWHM start where the fit ended, within
     * their bounds; fixed parameters stay fixed at their values. Evaluated with the fit's settings
     * ({@link LifetimeFitter#evaluate}), they give the fit's curve.
     *
     * @throws IllegalArgumentException when the fit has no values or another number of exponentials
     */
    public FitParameters startingAt(FitResult fit) {
        if (!fit.ok() || fit.numExp() != numExp()) {
            throw new IllegalArgumentException("a fit with values and " + numExp() + " exponentials is needed");
        }
        List<FitParameter> tau = new ArrayList<>();
        List<FitParameter> amp = new ArrayList<>();
        for (int i = 0; i < numExp(); i++) {
            tau.add(startAt(tauNs.get(i), fit.tauNs()[i]));
            amp.add(startAt(amplitudes.get(i), fit.amplitudes()[i]));
        }
        FitParameter fwhm = Double.isFinite(fit.fwhmNs()) ? startAt(fwhmNs, fit.fwhmNs()) : fwhmNs;
        return new FitParameters(tau, amp, startAt(shiftNs, fit.shiftNs()), startAt(background, fit.background()),
                fwhm);
    }

    private static FitParameter startAt(FitParameter p, double value) {
        if (p.fixed()) {
            return p;
        }
        return p.withStart(Math.min(Math.max(value, p.min()), p.max()));
    }

    /** The first reason these parameters cannot be used, or {@code null}. */
    String problem(boolean simulatedIrf) {
        for (int i = 0; i < tauNs.size(); i++) {
            String p = tauNs.get(i).problem("tau" + (i + 1));
            if (p == null && tauNs.get(i).start() <= 0 && tauNs.get(i).fixed()) {
                p = "tau" + (i + 1) + ": fixed lifetime must be > 0";
            }
            if (p != null) {
                return p;
            }
        }
        for (int i = 0; i < amplitudes.size(); i++) {
            String p = amplitudes.get(i).problem("amplitude" + (i + 1));
            if (p != null) {
                return p;
            }
        }
        String p = Double.isNaN(shiftNs.start()) && !shiftNs.fixed() ? null : shiftNs.problem("shift");
        if (p == null && !Double.isNaN(background.start())) {
            p = background.problem("background");
        }
        if (p == null && simulatedIrf) {
            p = fwhmNs.problem("fwhm");
        }
        return p;
    }
}
