package org.fullsms.analysis.lifetime;

import java.util.List;

/**
 * The model of a decay for given parameter values, not fitted ({@link LifetimeFitter#evaluate}): the fit dialog's
 * live preview. Values per channel of the fit window {@code [startChannel, endChannel)}; a curve that could not be
 * evaluated ({@link #ok()} false) has empty arrays and the reason in {@link #message()}.
 *
 * @param status         {@link FitStatus#OK}, or why the decay or parameters cannot be used
 * @param message        the reason when not OK, else empty
 * @param notes          remarks (IRF rebinned or padded, …)
 * @param startChannel   first channel of the window
 * @param endChannel     channel after the last one of the window
 * @param channelWidthNs channel width (ns)
 * @param counts         model counts per window channel
 * @param residuals      weighted residuals per window channel, as the fit reports them
 *                       ({@link FitResult#residuals()})
 * @param background     decay background (counts per channel) the model includes
 * @param irfBackground  IRF background subtracted (counts per channel)
 * @param shiftNs        IRF shift (ns): the given one, or where an automatic one starts
 */
public record ModelCurve(FitStatus status, String message, List<String> notes, int startChannel, int endChannel,
        double channelWidthNs, double[] counts, double[] residuals, double background, double irfBackground,
        double shiftNs) {

    public ModelCurve {
        notes = List.copyOf(notes);
        message = message == null ? "" : message;
    }

    /** Whether the curve has values. */
    public boolean ok() {
        return status == FitStatus.OK;
    }

    static ModelCurve failed(FitStatus status, String message) {
        double nan = Double.NaN;
        return new ModelCurve(status, message, List.of(), -1, -1, nan, new double[0], new double[0], nan, nan, nan);
    }
}
