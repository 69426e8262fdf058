package org.fullsms.ui.filter;

import java.util.ArrayList;
import java.util.List;

import org.fullsms.analysis.filter.Feature;
import org.fullsms.analysis.filter.FilterPoint;
import org.fullsms.analysis.filter.LevelFiltering;
import org.fullsms.analysis.filter.LevelKind;
import org.fullsms.analysis.filter.TauIntensityRegression;
import org.fullsms.runtime.filter.FeatureHistogram;
import org.fullsms.runtime.filter.FilterPoints;
import org.fullsms.runtime.state.ParticleAnalysis;

/**
 * What the Filtering view shows, computed off the UI thread: the points, the distribution of one feature (all
 * points and those that pass, on the same bins) or the points of two features split into passing and filtered out,
 * and the τ–I line through the passing points (or why there is none).
 *
 * @param points      every point of the chosen particles
 * @param x           the feature on x (the distribution's feature)
 * @param y           the feature on y, or null for a distribution
 * @param histogram   the distribution of all points (null for a scatter plot)
 * @param passing     the passing points' counts on its bins
 * @param passed      indices into {@code points} of the passing points with both values (scatter)
 * @param filteredOut indices of the filtered-out points with both values (scatter)
 * @param line        the τ–I line, or null
 * @param noLine      why there is no line, or null
 */
record FilterView(List<FilterPoint> points, Feature x, Feature y, FeatureHistogram histogram, double[] passing,
        int[] passed, int[] filteredOut, TauIntensityRegression line, String noLine) {

    /** What to compute. {@code y} null: a distribution of {@code x} with {@code bins} bins (0 = automatic). */
    record Request(List<ParticleAnalysis> particles, LevelKind kind, boolean roiOnly, LevelFiltering filtering,
            Feature x, Feature y, int bins, boolean throughOrigin) {
    }

    static FilterView compute(Request r) {
        List<FilterPoint> points = FilterPoints.of(r.particles(), r.kind(), r.roiOnly(), r.filtering());
        TauIntensityRegression line = null;
        String noLine = null;
        try {
            line = FilterPoints.line(points, r.throughOrigin());
        } catch (IllegalArgumentException e) {
            noLine = "No τ–I line: " + e.getMessage();
        }
        if (r.y() == null) {
            double[] all = new double[points.size()];
            List<Double> passing = new ArrayList<>();
            for (int i = 0; i < all.length; i++) {
                all[i] = points.get(i).value(r.x());
                if (points.get(i).passes()) {
                    passing.add(all[i]);
                }
            }
            FeatureHistogram h = FeatureHistogram.of(all, r.bins());
            return new FilterView(points, r.x(), null, h,
                    h.countsOf(passing.stream().mapToDouble(Double::doubleValue).toArray()), null, null, line, noLine);
        }
        List<Integer> in = new ArrayList<>();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            FilterPoint p = points.get(i);
            if (Double.isFinite(p.value(r.x())) && Double.isFinite(p.value(r.y()))) {
                (p.passes() ? in : out).add(i);
            }
        }
        return new FilterView(points, r.x(), r.y(), null, null, in.stream().mapToInt(Integer::intValue).toArray(),
                out.stream().mapToInt(Integer::intValue).toArray(), line, noLine);
    }

    /** Points that pass the filters. */
    int passingCount() {
        return FilterPoints.passing(points);
    }

    /** Whether this is the τ–I plot, on which the line is drawn. */
    boolean isTauIntensity() {
        return x == Feature.INTENSITY && y == Feature.LIFETIME;
    }
}
