package org.fullsms.ui.lifecycle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The window layout e4 saves at exit ({@code workbench.xmi}) and restores at the next start. It is dropped before
 * the model loads when the application model changed since it was saved (a saved model would hide new menus and
 * parts, and may not fit the new one) or when the user chose Window &gt; Reset Layout; e4 then starts from the
 * application model. The model's version is a digest of its file, so no one has to remember to bump a number.
 */
public final class PersistedLayout {

    /** Preference key: digest of the application model the saved layout belongs to. */
    static final String MODEL_VERSION = "layout.modelVersion";

    /** Preference key: true when the saved layout is to be dropped at the next start. */
    static final String RESET = "layout.reset";

    private final Path savedModel;
    private final Preferences preferences;

    /**
     * @param savedModel  where e4 saves the layout
     * @param preferences where the model version and the reset request are kept
     */
    PersistedLayout(Path savedModel, Preferences preferences) {
        this.savedModel = savedModel;
        this.preferences = preferences;
    }

    /**
     * Where e4's resource handler saves the model in a workspace: its fixed path under {@code .metadata} (the
     * handler offers no API to ask; {@code -clearPersistedState} would drop it at every start).
     */
    static Path savedModelIn(Path workspace) {
        return workspace.resolve(".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi");
    }

    /** Digest of an application model file, its version for {@link #discardIfStale(String)}. */
    static String versionOf(InputStream model) throws IOException {
        try (model) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(model.readAllBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Before e4 loads the model: drops the saved layout when it belongs to another model version or a reset was
     * asked for, and records {@code modelVersion} as the one a layout saved from now on belongs to.
     *
     * @return true when a saved layout was dropped
     */
    boolean discardIfStale(String modelVersion) throws IOException {
        boolean stale = preferences.getBoolean(RESET, false)
                || !modelVersion.equals(preferences.get(MODEL_VERSION, null));
        boolean dropped = stale && Files.deleteIfExists(savedModel);
        preferences.remove(RESET);
        preferences.put(MODEL_VERSION, modelVersion);
        flush();
        return dropped;
    }

    /** Window &gt; Reset Layout: the next start begins with the application model's layout. */
    public void resetAtNextStart() {
        preferences.putBoolean(RESET, true);
        flush();
    }

    private void flush() {
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // not on disk: the next start keeps (or again drops) the saved layout, which does no harm
        }
    }
}
