package org.fullsms.analysis.lifetime;

/**
 * One fit parameter: start value, bounds and whether it is held fixed at the start value.
 *
 * @param start start value (or the fixed value)
 * @param min   lower bound (may be {@code -Infinity})
 * @param max   upper bound (may be {@code +Infinity})
 * @param fixed held at {@code start}
 */
public record FitParameter(double start, double min, double max, boolean fixed) {

    /** A free parameter. */
    public static FitParameter free(double start, double min, double max) {
        return new FitParameter(start, min, max, false);
    }

    /** A parameter held at {@code value}. */
    public static FitParameter fixedAt(double value) {
        return new FitParameter(value, value, value, true);
    }

    /** This parameter with another start value. */
    public FitParameter withStart(double value) {
        return new FitParameter(value, min, max, fixed);
    }

    /** This parameter held fixed (or freed) at its start value. */
    public FitParameter withFixed(boolean value) {
        return new FitParameter(start, min, max, value);
    }

    /** Why this parameter is unusable, or {@code null} when it is fine. */
    String problem(String name) {
        if (Double.isNaN(start) || Double.isNaN(min) || Double.isNaN(max)) {
            return name + ": start or bound is not a number";
        }
        if (!fixed && !(min <= max)) {
            return name + ": lower bound " + min + " exceeds upper bound " + max;
        }
        if (!fixed && (start < min || start > max)) {
            return name + ": start value " + start + " lies outside its bounds [" + min + ", " + max + "]";
        }
        return null;
    }
}
