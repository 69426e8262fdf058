package org.fullsms.ui.undo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.LifetimeSetup;
import org.fullsms.runtime.state.ParticleAnalysis;

/**
 * Set Decay Start: a file's decays begin at another channel ({@link AnalysisSession#setDecayBinning}), which removes
 * the fits made on the old grid. Undo gives back the old grid, its lifetime setup and the fits.
 */
public final class DecayStartChange extends StateChange {

    private final AnalysisSession session;
    private final HistogramBinning after;
    private final HistogramBinning before;
    private final Optional<LifetimeSetup> setupBefore;
    private final Map<ParticleAnalysis, ParticleAnalysis.Results> resultsBefore = new LinkedHashMap<>();

    /**
     * @param before the grid in use now (known: the dialog showed it)
     * @param after  the grid starting at the new channel
     */
    public DecayStartChange(AnalysisSession session, HistogramBinning before, HistogramBinning after) {
        super("Set Decay Start of " + session.dataset().source().map(p -> p.getFileName().toString()).orElse("the file"));
        this.session = session;
        this.before = before;
        this.after = after;
        this.setupBefore = session.lifetimeSetup();
        session.particles().forEach(a -> resultsBefore.put(a, a.results()));
    }

    @Override
    protected void apply() {
        session.setDecayBinning(after);
    }

    @Override
    protected void revert() {
        session.setDecayBinning(before);
        setupBefore.ifPresent(session::setLifetimeSetup);
        resultsBefore.forEach((a, r) -> {
            if (!r.fits().isEmpty()) {
                a.restore(r);
            }
        });
    }
}
