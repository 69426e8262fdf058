package org.fullsms.model;

/**
 * The stored "Intensity Trace (cps)" (v1.04 and later): row 0 holds counts per second; row 1, when present,
 * is taken as the bin end times in seconds (the original uses only row 0 and plots it at 0.1 s spacing).
 * Arrays are shared: do not modify.
 *
 * @param cps    row 0
 * @param timesS row 1, or {@code null} for a one-row (or 1-D) dataset
 * @param rows   stored rows
 * @param cols   stored columns
 */
public record IntensityTrace(double[] cps, double[] timesS, int rows, int cols) {
}
