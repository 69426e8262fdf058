package org.fullsms.ui.undo;

import org.fullsms.analysis.filter.Normalisation;
import org.fullsms.runtime.state.AnalysisSession;

/**
 * The intensity normalisation of a file applied or removed in the Filtering view; undo puts the previous one back
 * (the measured intensities are never changed, so nothing is lost either way).
 */
public final class NormalisationChange extends StateChange {

    private final AnalysisSession session;
    private final Normalisation before;
    private final Normalisation after;

    /** {@code after} null removes the normalisation. */
    public NormalisationChange(AnalysisSession session, Normalisation after) {
        super((after == null ? "Remove Normalisation of " : "Normalisation of ")
                + session.dataset().source().map(f -> f.getFileName().toString()).orElse("the data"));
        this.session = session;
        this.before = session.filtering().normalisation();
        this.after = after;
    }

    @Override
    protected void apply() {
        session.setFiltering(session.filtering().withNormalisation(after));
    }

    @Override
    protected void revert() {
        session.setFiltering(session.filtering().withNormalisation(before));
    }
}
