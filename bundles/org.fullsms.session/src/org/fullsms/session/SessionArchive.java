package org.fullsms.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.fullsms.runtime.AnalysisArchive;
import org.fullsms.runtime.FullSms;
import org.fullsms.runtime.LifetimeFits;
import org.fullsms.runtime.state.AnalysisSession;

/**
 * Saves analyses as session files for the runtime ({@code fullsms analyze --session}); registered as an
 * {@link AnalysisArchive} service (OSGI-INF/session-archive.xml).
 */
public final class SessionArchive implements AnalysisArchive {

    @Override
    public void save(AnalysisSession session, LifetimeFits.Request lifetime, Map<String, String> settings,
            Path target) throws IOException {
        LifetimeSetup setup = lifetime == null ? null
                : new LifetimeSetup(lifetime.parameters(), lifetime.settings(), lifetime.binning(), lifetime.irf());
        SessionWriter.write(SessionCapture.capture(session, setup, settings, null), target,
                "Full SMS " + FullSms.version());
    }
}
