package org.fullsms.analysis.lifetime;

/**
 * Internal parameter vector of a fit: τ<sub>0..n−1</sub> (ns), amplitudes a<sub>0..n−1</sub>, scale, shift
 * (channels), background, FWHM (channels), with bounds and free flags built from {@link FitParameters}.
 */
final class ParameterLayout {

    /** Smallest lifetime the model evaluates (ns): e<sup>−w/τ</sup> and w/τ² stay finite. */
    static final double TAU_FLOOR = 1e-6;

    final int numExp;
    final int amp;
    final int scale;
    final int shift;
    final int background;
    final int fwhm;
    final double[] start;
    final double[] lower;
    final double[] upper;
    final boolean[] free;
    /** Amplitude set to 1 − Σ others, or −1 when amplitudes are independent. */
    final int dependentAmplitude;
    private final double[] tauBuffer;

    private ParameterLayout(int numExp, int dependentAmplitude) {
        this.numExp = numExp;
        this.amp = numExp;
        this.scale = 2 * numExp;
        this.shift = scale + 1;
        this.background = scale + 2;
        this.fwhm = scale + 3;
        int size = fwhm + 1;
        this.start = new double[size];
        this.lower = new double[size];
        this.upper = new double[size];
        this.free = new boolean[size];
        this.dependentAmplitude = dependentAmplitude;
        this.tauBuffer = new double[numExp];
    }

    int size() {
        return start.length;
    }

    /**
     * Layout of the counts model: amplitude fractions with the last free one dependent (Σ a = 1), scale free
     * (its start set later), background from {@code backgroundStart} when the parameter's start is NaN ("auto"),
     * and then held there when {@code holdBackground} (the window has no channel before the rise).
     */
    static ParameterLayout counts(FitParameters p, double width, double backgroundStart, boolean holdBackground,
            boolean simulated) {
        int n = p.numExp();
        int dependent = -1;
        for (int i = n - 1; i >= 0 && dependent < 0; i--) {
            if (!p.amplitudes().get(i).fixed()) {
                dependent = i;
            }
        }
        ParameterLayout layout = new ParameterLayout(n, n == 1 ? 0 : dependent);
        layout.common(p, width, simulated);
        if (n == 1) {
            layout.set(layout.amp, 1, 1, 1, false);
        } else if (dependent >= 0) {
            layout.free[layout.amp + dependent] = false;
        }
        layout.set(layout.scale, 1, 0, Double.POSITIVE_INFINITY, true);
        FitParameter bg = p.background();
        double bgStart = Double.isNaN(bg.start()) ? backgroundStart : bg.start();
        if (bg.fixed() || holdBackground && Double.isNaN(bg.start())) {
            layout.set(layout.background, bgStart, bgStart, bgStart, false);
        } else {
            layout.set(layout.background, Math.min(Math.max(bgStart, bg.min()), bg.max()), bg.min(), bg.max(), true);
        }
        layout.projectAmplitudes(layout.start);
        return layout;
    }

    /** Layout of the original's normalised model: independent amplitudes, no scale, no background. */
    static ParameterLayout original(FitParameters p, double width, boolean simulated) {
        int n = p.numExp();
        ParameterLayout layout = new ParameterLayout(n, -1);
        layout.common(p, width, simulated);
        if (n == 1) {
            layout.set(layout.amp, 1, 1, 1, false);
        }
        layout.set(layout.scale, 1, 1, 1, false);
        layout.set(layout.background, 0, 0, 0, false);
        return layout;
    }

    private void common(FitParameters p, double width, boolean simulated) {
        for (int i = 0; i < numExp; i++) {
            FitParameter t = p.tauNs().get(i);
            set(i, t, 1, t.fixed() ? t.start() : Math.max(t.min(), TAU_FLOOR));
            set(amp + i, p.amplitudes().get(i), 1, Double.NaN);
        }
        FitParameter shiftNs = p.shiftNs();
        set(shift, Double.isNaN(shiftNs.start()) ? shiftNs.withStart(0) : shiftNs, 1 / width, Double.NaN);
        if (simulated) {
            set(fwhm, p.fwhmNs(), 1 / width, Double.NaN);
        } else {
            set(fwhm, 0, 0, 0, false);
        }
    }

    private void set(int i, FitParameter parameter, double factor, double lowerOverride) {
        double value = parameter.start() * factor;
        if (parameter.fixed()) {
            set(i, value, value, value, false);
        } else {
            double lo = Double.isNaN(lowerOverride) ? parameter.min() * factor : lowerOverride * factor;
            set(i, Math.max(value, lo), lo, parameter.max() * factor, true);
        }
    }

    private void set(int i, double value, double lo, double hi, boolean isFree) {
        start[i] = value;
        lower[i] = lo;
        upper[i] = hi;
        free[i] = isFree;
    }

    /** Holds parameter {@code i} at {@code value} (no longer free). */
    void hold(int i, double value) {
        set(i, value, value, value, false);
    }

    /** The lifetimes of x (a shared buffer). */
    double[] taus(double[] x) {
        System.arraycopy(x, 0, tauBuffer, 0, numExp);
        return tauBuffer;
    }

    /**
     * Sets the dependent amplitude to 1 − Σ others; when that breaks its bounds, scales the free amplitudes so
     * it lies on the violated bound.
     */
    void projectAmplitudes(double[] x) {
        int d = dependentAmplitude;
        if (d < 0) {
            return;
        }
        double fixedSum = 0;
        double freeSum = 0;
        for (int i = 0; i < numExp; i++) {
            if (i == d) {
                continue;
            }
            if (free[amp + i]) {
                freeSum += x[amp + i];
            } else {
                fixedSum += x[amp + i];
            }
        }
        double value = 1 - fixedSum - freeSum;
        double target = Double.NaN;
        if (value < lower[amp + d]) {
            target = 1 - lower[amp + d] - fixedSum;
        } else if (value > upper[amp + d]) {
            target = 1 - upper[amp + d] - fixedSum;
        }
        if (!Double.isNaN(target) && freeSum > 0) {
            double factor = Math.max(target, 0) / freeSum;
            freeSum = 0;
            for (int i = 0; i < numExp; i++) {
                if (i != d && free[amp + i]) {
                    x[amp + i] = Math.min(Math.max(x[amp + i] * factor, lower[amp + i]), upper[amp + i]);
                    freeSum += x[amp + i];
                }
            }
            value = 1 - fixedSum - freeSum;
        }
        x[amp + d] = value;
    }
}
