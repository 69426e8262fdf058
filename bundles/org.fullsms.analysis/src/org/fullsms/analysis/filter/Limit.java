package org.fullsms.analysis.filter;

/**
 * One bound of a filter: whether it is used and its value, in the unit of its {@link Bound#feature() feature}.
 * The value is kept while the bound is off, as the original keeps a spin box's value under an unticked box.
 */
public record Limit(boolean enabled, double value) {

    public Limit {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a filter limit must be a finite number, got " + value);
        }
    }

    public Limit withEnabled(boolean on) {
        return new Limit(on, value);
    }

    public Limit withValue(double v) {
        return new Limit(enabled, v);
    }
}
