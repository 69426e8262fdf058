package org.fullsms.ui.lifecycle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.prefs.Preferences;

/** The saved window layout is kept between starts unless the application model changed or a reset was asked for. */
class PersistedLayoutTest {

    @TempDir
    Path workspace;

    private final Preferences preferences = InstanceScope.INSTANCE.getNode("org.fullsms.ui.tests.layout");

    @AfterEach
    void removePreferences() throws Exception {
        preferences.removeNode();
    }

    private Path save() throws Exception {
        Path saved = PersistedLayout.savedModelIn(workspace);
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, "<layout/>");
        return saved;
    }

    private static String version(String model) throws Exception {
        return PersistedLayout.versionOf(new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keptWhileTheModelIsTheSame() throws Exception {
        PersistedLayout layout = new PersistedLayout(PersistedLayout.savedModelIn(workspace), preferences);
        String v1 = version("<application/>");
        assertFalse(layout.discardIfStale(v1), "first start: nothing saved yet");
        Path saved = save();
        assertFalse(layout.discardIfStale(v1), "same model: the layout stays");
        assertTrue(Files.exists(saved));
    }

    @Test
    void droppedWhenTheModelChanged() throws Exception {
        PersistedLayout layout = new PersistedLayout(PersistedLayout.savedModelIn(workspace), preferences);
        String v1 = version("<application/>");
        String v2 = version("<application><menu/></application>");
        assertNotEquals(v1, v2);
        layout.discardIfStale(v1);
        Path saved = save();
        assertTrue(layout.discardIfStale(v2), "a new model drops the old layout");
        assertFalse(Files.exists(saved));
        save();
        assertFalse(layout.discardIfStale(v2), "the layout saved with the new model stays");
    }

    @Test
    void droppedWhenNoVersionWasRecorded() throws Exception {
        Path saved = save(); // e.g. by a version that cleared the layout at every start and recorded nothing
        assertTrue(new PersistedLayout(saved, preferences).discardIfStale(version("<application/>")));
    }

    @Test
    void resetDropsItOnceAtTheNextStart() throws Exception {
        PersistedLayout layout = new PersistedLayout(PersistedLayout.savedModelIn(workspace), preferences);
        String v1 = version("<application/>");
        layout.discardIfStale(v1);
        Path saved = save();
        layout.resetAtNextStart();
        assertTrue(Files.exists(saved), "the running workbench keeps its layout until the restart");
        assertTrue(layout.discardIfStale(v1), "Window > Reset Layout drops it at the next start");
        save();
        assertFalse(layout.discardIfStale(v1), "only once");
    }
}
