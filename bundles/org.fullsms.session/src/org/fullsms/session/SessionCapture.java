package org.fullsms.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.fullsms.analysis.grouping.GlobalGroupingResult;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;

/**
 * Takes a {@link SessionSnapshot} of a workbench's {@link AnalysisSession}. Each particle's parts are read one
 * after another; if a job changes that particle meanwhile (a change event arrives), the particle is read again,
 * so the snapshot never pairs, say, new levels with an old grouping.
 */
public final class SessionCapture {

    /** Attempts per particle before giving up on an analysis that keeps changing. */
    private static final int ATTEMPTS = 20;

    private SessionCapture() {
    }

    /**
     * @param session  the analysis of a dataset opened from a file (its lifetime setup included)
     * @param settings application settings to store (opaque strings), or null
     * @param uiState  the workbench's state (opaque strings: open editors, current particle), or null
     * @throws IllegalArgumentException when the dataset was made in memory (a session needs a file to point to)
     * @throws IllegalStateException    when a particle's analysis kept changing while it was read
     */
    public static SessionSnapshot capture(AnalysisSession session, Map<String, String> settings,
            Map<String, String> uiState) {
        Path file = session.dataset().source().orElseThrow(() -> new IllegalArgumentException(
                "data made in memory cannot be saved as a session: save them as an HDF5 file first"));
        AtomicLong changes = new AtomicLong();
        Consumer<AnalysisSession.Change> counter = change -> changes.incrementAndGet();
        session.addListener(counter);
        try {
            List<ParticleState> particles = new ArrayList<>();
            for (ParticleAnalysis a : session.particles()) {
                particles.add(captureParticle(a, changes));
            }
            return new SessionSnapshot(file, particles, captureGlobal(session, changes),
                    session.lifetimeSetup().orElse(null), settings, uiState,
                    session.dataset().channelLayout().orElse(null), session.filtering());
        } finally {
            session.removeListener(counter);
        }
    }

    private static ParticleState captureParticle(ParticleAnalysis a, AtomicLong changes) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long before = changes.get();
            ParticleState state = of(a);
            if (changes.get() == before) {
                return state;
            }
        }
        throw new IllegalStateException(a.particle().name() + " kept changing while the session was saved");
    }

    /** One particle's state, read part by part (no check for changes meanwhile). */
    public static ParticleState of(ParticleAnalysis a) {
        return new ParticleState(a.particle().name(), a.isSelected(), a.binSizeMs(), a.roi().orElse(null),
                a.changePoints().orElse(null), a.burstRemoval().orElse(null), a.grouping().orElse(null),
                a.groupsApplied(), a.fits(), a.correlation().orElse(null), a.correlogram().orElse(null), a.failures(),
                List.copyOf(a.extensionResults().values()));
    }

    private static GlobalGroupingState captureGlobal(AnalysisSession session, AtomicLong changes) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long before = changes.get();
            GlobalGroupingResult result = session.globalGrouping();
            List<ParticleAnalysis> members = session.globalMembers();
            if (changes.get() == before) {
                return result == null ? null
                        : new GlobalGroupingState(result, members.stream().map(m -> m.particle().name()).toList());
            }
        }
        throw new IllegalStateException("the global grouping kept changing while the session was saved");
    }
}
