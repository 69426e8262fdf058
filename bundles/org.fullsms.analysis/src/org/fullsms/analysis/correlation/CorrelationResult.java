package org.fullsms.analysis.correlation;

import java.util.List;

/**
 * The normalised correlation of one particle or of a sum of particles. Component names map to the JSON keys
 * of {@code fullsms analyze --correlate} with lower-case-with-underscores naming ({@code binCentresNs} →
 * {@code bin_centres_ns}, {@code g2ZeroErr} → {@code g2_zero_err}). Arrays are not copied: read-only.
 *
 * @param engineId      {@link CorrelationAnalysis#ID}
 * @param engineVersion {@link CorrelationAnalysis#VERSION}
 * @param parameters    the settings used
 * @param binCentresNs  bin centres jΔτ, j = −K … K
 * @param counts        pairs per bin
 * @param g2            (counts − background pairs) / (uncorrelated − background pairs), 1 = uncorrelated
 * @param g2Zero        g²(0): the zero bin (cw) or the centre-peak/side-peak area ratio (pulsed); NaN when
 *                      undefined (see warnings)
 * @param g2ZeroErr     its Poisson standard error
 * @param g2ZeroMethod  {@link #CENTRE_BIN} or {@link #PEAK_AREA_RATIO}
 * @param fit           the model fit, or null when not asked for
 * @param particles     particles summed
 * @param photons1      channel 1 photons
 * @param photons2      channel 2 photons
 * @param durationNs    summed duration T
 * @param pairs         pairs inside the shown bins
 * @param warnings      things the user should know (empty when none)
 */
public record CorrelationResult(String engineId, String engineVersion, CorrelationParameters parameters,
        double[] binCentresNs, long[] counts, double[] g2, double g2Zero, double g2ZeroErr, String g2ZeroMethod,
        G2Fit fit, int particles, long photons1, long photons2, double durationNs, long pairs,
        List<String> warnings) {

    /** g²(0) is the normalised zero bin (continuous wave). */
    public static final String CENTRE_BIN = "centre-bin";

    /** g²(0) is the centre-peak area over the mean side-peak area, each over ±period/2 (pulsed). */
    public static final String PEAK_AREA_RATIO = "peak-area-ratio";

    public CorrelationResult {
        warnings = List.copyOf(warnings);
    }
}
