package org.fullsms.ui.extensions;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.fullsms.runtime.extensions.ParameterRecords;
import org.fullsms.spi.analysis.AnalysisEngine;
import org.fullsms.ui.prefs.UiPreferences;

/**
 * The parameters each extension analysis was last run with, so that the dialog offers them again: stored as the
 * JSON a session stores them as, in the instance scope of {@code org.fullsms.ui} under {@code extension.<id>}, and
 * the id of the analysis last run under {@code extensions.lastRun} (outside that prefix: an engine id may be anything).
 */
final class RememberedParameters {

    private static final String PREFIX = "extension.";
    private static final String LAST = "extensions.lastRun";

    private RememberedParameters() {
    }

    /** The preference key of an analysis's parameters. */
    static String key(String engineId) {
        return PREFIX + engineId;
    }

    /**
     * The parameters last used with {@code engine}; its defaults when it never ran, or when a new version of it
     * refuses the stored values (a renamed enum constant, a narrower limit).
     */
    static <P extends Record> P load(AnalysisEngine<P, ?> engine) {
        String json = node().get(key(engine.id()), null);
        if (json == null) {
            return engine.defaultParameters();
        }
        try {
            return ParameterRecords.fromJson(engine.parameterType(), engine.defaultParameters(), json);
        } catch (IllegalArgumentException e) {
            return engine.defaultParameters();
        }
    }

    /** Remembers the parameters of a run and its analysis, on disk at once. */
    static <P extends Record> void save(AnalysisEngine<P, ?> engine, P parameters) {
        node().put(key(engine.id()), ParameterRecords.toJson(parameters));
        node().put(LAST, engine.id());
        // a failed write only loses what the dialog offers next time; the run must not fail for it
        UiPreferences.flush();
    }

    /** The id of the analysis run last, or null. */
    static String last() {
        return node().get(LAST, null);
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(UiPreferences.NODE);
    }
}
