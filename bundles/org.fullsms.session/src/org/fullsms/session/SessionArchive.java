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
        SessionWriter.write(SessionCapture.capture(session, setupOf(lifetime), settings, null), target,
                "Full SMS " + FullSms.version());
    }

    /**
     * The lifetime setup a session stores for the fits made with {@code request}: the CLI's {@code --session} and
     * the workbench's Save Analysis both use it, so the two write the same {@code lifetimeSetup}.
     *
     * @return the setup, or null when {@code request} is null (no fits)
     */
    public static LifetimeSetup setupOf(LifetimeFits.Request request) {
        return request == null ? null
                : new LifetimeSetup(request.parameters(), request.settings(), request.binning(), request.irf());
    }
}
