package org.example.fullsms.blinking;

import org.fullsms.spi.params.Parameter;

/**
 * The settings of {@link BlinkingAnalysis}. Full SMS makes the settings form from the annotations, parses
 * {@code --analysis org.example.fullsms.blinking:onFraction=0.4,countEdges=true} by the component names and refuses
 * values outside the limits before the analysis runs; sessions store the values by name, so a component is never
 * renamed.
 *
 * @param onFraction a level is "on" when its intensity is at least this fraction of the brightest level's
 * @param countEdges whether the first and last dwell count in the mean dwell times
 */
public record BlinkingParameters(
        @Parameter(label = "On threshold", unit = "× brightest level", min = 0.01, max = 1,
                description = "a level is on when its intensity is at least this fraction of the brightest level's")
        double onFraction,
        @Parameter(label = "Count the edge dwells",
                description = "include the first and last dwell in the mean dwell times, although the start and end"
                        + " of the trace (or region of interest) cut them short")
        boolean countEdges) {

    /** What a first run uses: half the brightest level, edge dwells left out. */
    public static final BlinkingParameters DEFAULTS = new BlinkingParameters(0.5, false);
}
