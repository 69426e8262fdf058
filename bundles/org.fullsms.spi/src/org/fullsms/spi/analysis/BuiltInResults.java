package org.fullsms.spi.analysis;

/**
 * Ids under which {@link ParticleData#result} hands over the results of the built-in analyses. Their types live in
 * the engines' bundle ({@code org.fullsms.analysis}, version 0.x): they are given as they are, without the
 * compatibility promise of this API.
 *
 * @since 1.0
 */
public final class BuiltInResults {

    /** Change points and levels: {@code org.fullsms.analysis.cpa.ChangePointResult} (levels in use). */
    public static final String LEVELS = "org.fullsms.cpa";

    /** Grouping of the levels: {@code org.fullsms.analysis.grouping.GroupingResult}. */
    public static final String GROUPING = "org.fullsms.grouping";

    /** The whole trace's lifetime fit: {@code org.fullsms.analysis.lifetime.FitResult}. */
    public static final String WHOLE_TRACE_FIT = "org.fullsms.lifetime";

    /** Second-order correlation of the two channels: {@code org.fullsms.analysis.correlation.CorrelationResult}. */
    public static final String CORRELATION = "org.fullsms.correlation";

    private BuiltInResults() {
    }
}
