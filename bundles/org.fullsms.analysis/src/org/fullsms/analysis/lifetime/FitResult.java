package org.fullsms.analysis.lifetime;

import java.util.List;

/**
 * The result of one lifetime fit: plain values and arrays, ready for JSON. Failed fits ({@link #ok()} false)
 * carry {@code NaN} values, empty arrays and the reason in {@link #message()}; flagged fits with values
 * ({@link FitStatus#NOT_CONVERGED}, {@link FitStatus#AT_BOUND}, {@link FitStatus#POOR_FIT}) give the reason there
 * too. Lifetimes and amplitudes keep the parameter order (not sorted).
 *
 * @param engine                   engine id ({@value LifetimeFitter#ID})
 * @param version                  engine version
 * @param status                   outcome
 * @param message                  reason when not OK, else empty
 * @param notes                    remarks (IRF rebinned or padded, …)
 * @param method                   {@link FitSettings.Method} name
 * @param weighting                {@link FitSettings.Weighting} name (least squares only)
 * @param numExp                   number of exponentials
 * @param tauNs                    lifetimes (ns)
 * @param tauStdNs                 their standard errors
 * @param amplitudes               amplitude fractions a<sub>i</sub>
 * @param amplitudeStd             their standard errors
 * @param meanTauAmplitudeNs       Σa<sub>i</sub>τ<sub>i</sub>/Σa<sub>i</sub> (the original's "average lifetime")
 * @param meanTauAmplitudeStdNs    its standard error
 * @param meanTauIntensityNs       Σa<sub>i</sub>τ<sub>i</sub>²/Σa<sub>i</sub>τ<sub>i</sub>
 * @param meanTauIntensityStdNs    its standard error
 * @param shiftNs                  IRF shift (ns, positive = IRF delayed)
 * @param shiftStdNs               its standard error
 * @param background               decay background (counts per channel): fitted or as estimated/given
 * @param backgroundStd            its standard error (NaN when not fitted)
 * @param irfBackground            IRF background subtracted (counts per channel)
 * @param fwhmNs                   FWHM of the simulated IRF (NaN for a measured IRF)
 * @param fwhmStdNs                its standard error
 * @param chiSquaredReduced        χ²<sub>red</sub> = Σ residual² / (N − free parameters) over the window (Pearson's
 *                                 χ² in the Poisson modes; docs/lifetime.md); +∞ when the model is ≤ 0 in a
 *                                 channel with counts
 * @param durbinWatson             Durbin–Watson d of the residuals
 * @param durbinWatsonBounds       lower bounds at 5, 1, 0.3 and 0.1 %
 * @param startChannel             first channel fitted
 * @param endChannel               channel after the last fitted
 * @param windowStartNs            start of the window (ns from channel 0)
 * @param windowEndNs              end of the window (ns)
 * @param photonsInFit             raw counts in the window
 * @param fittedCounts             model in counts per window channel
 * @param residuals                (data − model)/√model per window channel (0 where both are 0; NaN where the
 *                                 model is ≤ 0 but the channel holds counts)
 * @param iterations               optimiser iterations
 * @param objective                final objective (Σr² or deviance)
 */
public record FitResult(String engine, String version, FitStatus status, String message, List<String> notes,
        String method, String weighting, int numExp, double[] tauNs, double[] tauStdNs, double[] amplitudes,
        double[] amplitudeStd, double meanTauAmplitudeNs, double meanTauAmplitudeStdNs, double meanTauIntensityNs,
        double meanTauIntensityStdNs, double shiftNs, double shiftStdNs, double background, double backgroundStd,
        double irfBackground, double fwhmNs, double fwhmStdNs, double chiSquaredReduced, double durbinWatson,
        double[] durbinWatsonBounds, int startChannel, int endChannel, double windowStartNs, double windowEndNs,
        double photonsInFit, double[] fittedCounts, double[] residuals, int iterations, double objective) {

    public FitResult {
        notes = List.copyOf(notes);
        message = message == null ? "" : message;
    }

    /**
     * Whether the fit produced values: converged ({@link FitStatus#OK}), or flagged but with values to show
     * ({@link FitStatus#NOT_CONVERGED}, {@link FitStatus#AT_BOUND}, {@link FitStatus#POOR_FIT}). Check
     * {@link #status()} for {@code OK} before using the values as a result.
     */
    public boolean ok() {
        return status == FitStatus.OK || status == FitStatus.NOT_CONVERGED || status == FitStatus.AT_BOUND
                || status == FitStatus.POOR_FIT;
    }

    /** A result without values, flagged with {@code status} and the reason. */
    static FitResult failed(FitStatus status, String message, List<String> notes, FitSettings settings,
            int numExp) {
        double nan = Double.NaN;
        double[] none = new double[0];
        return new FitResult(LifetimeFitter.ID, LifetimeFitter.VERSION, status, message, notes,
                settings.method().name(), settings.weighting().name(), numExp, none, none, none, none, nan, nan,
                nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, new double[] { nan, nan, nan, nan }, -1, -1,
                nan, nan, 0, none, none, 0, nan);
    }
}
