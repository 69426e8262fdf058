package org.fullsms.export;

import org.fullsms.analysis.lifetime.DecayHistogram;
import org.fullsms.analysis.lifetime.FitResult;

/**
 * A decay histogram and, when it was fitted, its fit.
 *
 * @param histogram the histogram (channel 0 at t = 0)
 * @param fit       the fit, or {@code null} when not fitted
 */
public record FittedDecay(DecayHistogram histogram, FitResult fit) {

    public FittedDecay {
        if (histogram == null) {
            throw new IllegalArgumentException("a decay needs its histogram");
        }
    }

    public boolean fitted() {
        return fit != null;
    }
}
