package org.fullsms.ui.prefs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.fullsms.analysis.cpa.BurstParameters;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.analysis.grouping.GroupingParameters;
import org.fullsms.analysis.lifetime.FitParameters;
import org.fullsms.analysis.lifetime.LifetimeSettings;
import org.fullsms.runtime.LifetimeFits;
import org.fullsms.runtime.state.FitModel;
import org.fullsms.session.FitModelJson;
import org.fullsms.ui.recent.RecentFiles;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The analysis settings of REFERENCE §3.6 (change points, photon bursts, lifetime ranges, grouping), persisted
 * in the instance scope of {@code org.fullsms.ui}. Reads turn the stored values into engine parameter records.
 * The same node keeps the list of File &gt; Open Recent.
 */
public final class UiPreferences {

    /** Preference node (the bundle id). */
    public static final String NODE = "org.fullsms.ui";

    /** Prefix of the settings saved in a session file ({@code ui.cpa.confidence}, …). */
    public static final String SESSION_PREFIX = "ui.";

    /** Key of the recent files (one path per line, most recent first). */
    public static final String RECENT_FILES = "recent.files";

    /** Key of the fit dialog's last model (JSON, {@link FitModelJson}): the defaults of files fitted next. */
    public static final String FIT_MODEL = "lifetime.fitModel";

    /** One stored setting with its default. */
    public enum Key {
        CPA_CONFIDENCE("cpa.confidence", 99),
        CPA_MIN_PHOTONS("cpa.minPhotons", ChangePointParameters.DEFAULT_MIN_PHOTONS),
        CPA_BOUNDARY_OFFSET("cpa.boundaryOffset", ChangePointParameters.DEFAULT_BOUNDARY_OFFSET),
        BURST_MIN_DWELL_S("bursts.minDwellS", 0.001),
        BURST_USE_SIGMA("bursts.useSigma", 1),
        BURST_SIGMA("bursts.sigma", 3.0),
        BURST_DEFINED_CPS("bursts.definedCps", 5000),
        LT_USE_MOVING_AVERAGE("lifetime.useMovingAverage", 1),
        LT_MOVING_AVERAGE_WINDOW("lifetime.movingAverageWindow", 10),
        LT_START_PERCENT("lifetime.startPercent", 80),
        LT_END_MULTIPLE("lifetime.endMultiple", 20),
        LT_END_PERCENT("lifetime.endPercent", 1),
        LT_MIN_WINDOW_NS("lifetime.minimumWindowNs", 0.5),
        LT_BACKGROUND_PERCENT("lifetime.backgroundPercent", 5),
        GROUP_MAX_ITERATIONS("grouping.maxIterations", 50),
        GROUP_TOLERANCE("grouping.tolerance", 1e-5),
        GROUP_FULL_LIKELIHOOD("grouping.fullLikelihood", 0),
        /** Index into {@link IntensityUnit#values()}: how every view and export shows intensities. */
        INTENSITY_UNIT("display.intensityUnit", IntensityUnit.COUNTS_PER_SECOND.ordinal());

        private final String id;
        private final double defaultValue;

        Key(String id, double defaultValue) {
            this.id = id;
            this.defaultValue = defaultValue;
        }

        public String id() {
            return id;
        }

        public double defaultValue() {
            return defaultValue;
        }
    }

    private UiPreferences() {
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    public static double get(Key key) {
        return node().getDouble(key.id, key.defaultValue);
    }

    public static boolean flag(Key key) {
        return get(key) != 0;
    }

    public static void set(Key key, double value) {
        node().putDouble(key.id, value);
    }

    /** Writes the settings to disk; returns an error message, or null. */
    public static String flush() {
        try {
            node().flush();
            return null;
        } catch (BackingStoreException e) {
            return e.getMessage();
        }
    }

    /**
     * Every analysis setting as {@code ui.<key>} → value (whole numbers without a decimal point), in {@link Key}
     * order: what a saved session records of the preferences that shaped its results.
     */
    public static Map<String, String> sessionSettings() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Key key : Key.values()) {
            double v = get(key);
            out.put(SESSION_PREFIX + key.id, v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                    : Double.toString(v));
        }
        return out;
    }

    /** Change point parameters at {@code confidencePercent} with the stored minimum photons and offset. */
    public static ChangePointParameters changePoints(double confidencePercent) {
        return ChangePointParameters.of(confidencePercent).withMinPhotons((int) get(Key.CPA_MIN_PHOTONS))
                .withBoundaryOffset((int) get(Key.CPA_BOUNDARY_OFFSET));
    }

    public static BurstParameters bursts() {
        return new BurstParameters(get(Key.BURST_MIN_DWELL_S), flag(Key.BURST_USE_SIGMA), get(Key.BURST_SIGMA),
                get(Key.BURST_DEFINED_CPS));
    }

    public static LifetimeSettings lifetimeRange() {
        return new LifetimeSettings(flag(Key.LT_USE_MOVING_AVERAGE), (int) get(Key.LT_MOVING_AVERAGE_WINDOW),
                get(Key.LT_START_PERCENT), get(Key.LT_END_MULTIPLE), get(Key.LT_END_PERCENT), get(Key.LT_MIN_WINDOW_NS),
                get(Key.LT_BACKGROUND_PERCENT));
    }

    public static GroupingParameters grouping() {
        GroupingParameters base = flag(Key.GROUP_FULL_LIKELIHOOD) ? GroupingParameters.FULL_LIKELIHOOD
                : GroupingParameters.DEFAULTS;
        return new GroupingParameters((int) get(Key.GROUP_MAX_ITERATIONS), get(Key.GROUP_TOLERANCE),
                base.minTermProbability(), base.emMode());
    }

    /** The unit every view, export and figure shows intensities in. */
    public static IntensityUnit intensityUnit() {
        IntensityUnit[] units = IntensityUnit.values();
        int i = (int) get(Key.INTENSITY_UNIT);
        return i >= 0 && i < units.length ? units[i] : IntensityUnit.COUNTS_PER_SECOND;
    }

    /**
     * Runs {@code action} (on the thread that stored the value) whenever {@code key} changes.
     *
     * @return what stops it
     */
    public static Runnable onChange(Key key, Runnable action) {
        IEclipsePreferences node = node();
        IEclipsePreferences.IPreferenceChangeListener listener = event -> {
            if (event.getKey().equals(key.id)) {
                action.run();
            }
        };
        node.addPreferenceChangeListener(listener);
        return () -> node.removePreferenceChangeListener(listener);
    }

    /**
     * The fit dialog's last model, the starting point for a file without one; the original's defaults
     * ({@link #defaultFitModel}) when none was stored or it cannot be read.
     */
    public static FitModel fitModel() {
        String json = node().get(FIT_MODEL, null);
        if (json != null) {
            try {
                return FitModelJson.read(json);
            } catch (IOException e) {
                // an unreadable entry (e.g. written by a newer version) gives the defaults, as no entry does
            }
        }
        return defaultFitModel(1);
    }

    /** Stores the fit dialog's model as the defaults of files fitted next, and writes it to disk. */
    public static void setFitModel(FitModel model) {
        node().put(FIT_MODEL, FitModelJson.write(model));
        flush();
    }

    /**
     * The original's fitting-dialog defaults for {@code numExp} exponentials (REFERENCE §5) with the window the
     * workbench fits particles with ({@link LifetimeFits#defaultSettings}: from channel 0 to the automatic end).
     */
    public static FitModel defaultFitModel(int numExp) {
        return new FitModel(FitParameters.defaults(numExp), LifetimeFits.defaultSettings());
    }

    public static RecentFiles recentFiles() {
        return RecentFiles.decode(node().get(RECENT_FILES, ""));
    }

    /**
     * Puts {@code file} first in the recent files and writes them to disk at once (a crash later still keeps
     * them). Synchronized: jobs opening files at the same time must not lose each other's entry.
     */
    public static synchronized void addRecentFile(Path file) {
        node().put(RECENT_FILES, recentFiles().opened(file).encode());
        // A failed write only loses the recent list at exit; opening the file must not fail for it.
        flush();
    }
}
