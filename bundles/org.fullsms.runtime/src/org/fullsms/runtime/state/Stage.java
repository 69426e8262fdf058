package org.fullsms.runtime.state;

import java.util.Locale;

/**
 * The stages of a particle's analysis whose failure is recorded on its own: a failed stage leaves the results of
 * the others in place. Ids are lower-case names, used in the command line's JSON and in session files.
 */
public enum Stage {
    LEVELS(AnalysisSession.Aspect.LEVELS), GROUPING(AnalysisSession.Aspect.GROUPING),
    FITS(AnalysisSession.Aspect.FITS), CORRELATION(AnalysisSession.Aspect.CORRELATION);

    private final AnalysisSession.Aspect aspect;

    Stage(AnalysisSession.Aspect aspect) {
        this.aspect = aspect;
    }

    /** The part of the analysis a change of this stage's outcome is announced as. */
    AnalysisSession.Aspect aspect() {
        return aspect;
    }

    /** "levels", "grouping", "fits", "correlation". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
