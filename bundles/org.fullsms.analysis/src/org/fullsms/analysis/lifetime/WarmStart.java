package org.fullsms.analysis.lifetime;

/**
 * Start values for a part of a particle's photons (a level, a group, a group level) taken from the fit of all of
 * them, the particle's whole trace (or ROI): the part has the same emitter and instrument, so its optimum lies
 * near the whole's, and the optimiser starts there instead of from the dialog's 0.1 / 1 ns and 0.4 ns FWHM.
 * Only starts move; bounds and fixed values stay the user's.
 */
final class WarmStart {

    private WarmStart() {
    }

    /**
     * Whether the whole trace's fit is a start worth taking: it converged ({@link FitStatus#OK}) and no component
     * collapsed (a lifetime below a tenth of a channel or an amplitude below 0.1 %: a part started there would
     * begin in the flat valley the fitter restarts from).
     */
    static boolean usable(FitResult whole, double channelWidthNs) {
        if (whole.status() != FitStatus.OK) {
            return false;
        }
        double sum = 0;
        for (double a : whole.amplitudes()) {
            sum += a;
        }
        for (int i = 0; i < whole.numExp(); i++) {
            if (!(whole.tauNs()[i] >= channelWidthNs / 10) || !(whole.amplitudes()[i] >= 1e-3 * sum)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The parameters for a part: free lifetimes, amplitudes, shift and simulated-IRF width start at the whole's
     * optimum (within their bounds); the background keeps its own start (a part's background is its own). A
     * simulated IRF is centred on each decay's peak channel, so the shift is carried over as the IRF's position:
     * the part's shift puts its Gaussian where the whole's was.
     */
    static FitParameters from(FitResult whole, DecayHistogram wholeDecay, DecayHistogram part, FitParameters p,
            boolean simulatedIrf) {
        FitParameters out = p;
        for (int i = 0; i < p.numExp(); i++) {
            out = out.withTau(i, started(p.tauNs().get(i), whole.tauNs()[i]));
            out = out.withAmplitude(i, started(p.amplitudes().get(i), whole.amplitudes()[i]));
        }
        double shiftNs = whole.shiftNs();
        if (simulatedIrf) {
            shiftNs += (wholeDecay.peakChannel() - part.peakChannel()) * part.channelWidthNs();
            out = out.withFwhm(started(p.fwhmNs(), whole.fwhmNs()));
        }
        return out.withShift(started(p.shiftNs(), shiftNs));
    }

    /** The parameter starting at {@code value} clamped into its bounds; a fixed or non-finite one unchanged. */
    private static FitParameter started(FitParameter parameter, double value) {
        if (parameter.fixed() || !Double.isFinite(value)) {
            return parameter;
        }
        return parameter.withStart(Math.min(Math.max(value, parameter.min()), parameter.max()));
    }
}
