package org.fullsms.runtime.state;

/**
 * What a lifetime fit was made on: the whole trace, the ROI, a level, a group or a group level (index into the
 * particle's levels, groups of the selected step, or group levels).
 */
public record FitTarget(Kind kind, int index) {

    /** The decay histogram a fit belongs to. */
    public enum Kind {
        WHOLE_TRACE, ROI, LEVEL, GROUP, GROUP_LEVEL
    }

    public static final FitTarget WHOLE = new FitTarget(Kind.WHOLE_TRACE, 0);

    public FitTarget {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0");
        }
    }

    boolean dependsOnLevels() {
        return kind == Kind.LEVEL || dependsOnGroups();
    }

    boolean dependsOnGroups() {
        return kind == Kind.GROUP || kind == Kind.GROUP_LEVEL;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case WHOLE_TRACE -> "whole trace";
            case ROI -> "ROI";
            case LEVEL -> "level " + (index + 1);
            case GROUP -> "group " + (index + 1);
            case GROUP_LEVEL -> "group level " + (index + 1);
        };
    }
}
