package org.fullsms.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.fullsms.analysis.lifetime.FitParameter;
import org.fullsms.analysis.lifetime.FitParameters;
import org.fullsms.analysis.lifetime.FitSettings;
import org.fullsms.analysis.lifetime.StartMode;
import org.fullsms.runtime.state.FitModel;
import org.fullsms.runtime.state.LifetimeSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fit dialog's model (issue 17, 1) in sessions and preferences: kept in the lifetime setup beside the model the
 * fits were made with, read back exactly; sessions without it open with the fitted model; the preferences' JSON
 * text is the same.
 */
class FitDialogModelTest {

    @TempDir
    Path dir;

    /** A model as a user leaves the dialog: 3 exponentials, a fixed lifetime, bounds, manual window, ML. */
    static FitModel edited() {
        FitParameters p = FitParameters.defaults(3).withTau(1, FitParameter.fixedAt(2.25))
                .withTau(2, FitParameter.free(6, 3, 40)).withAmplitude(0, FitParameter.free(0.5, 0.1, 0.9))
                .withShift(FitParameter.free(0.02, -0.5, 0.5)).withBackground(FitParameter.fixedAt(1.5))
                .withFwhm(FitParameter.free(0.3, 0.1, 1));
        FitSettings s = FitSettings.defaults().withMethod(FitSettings.Method.MAXIMUM_LIKELIHOOD)
                .withWindow(StartMode.RISE_MIDDLE, 0, false, 1500).withSimulatedIrf(true)
                .withBackgrounds(Double.NaN, 2.5);
        return new FitModel(p, s);
    }

    @Test
    void theDialogsModelIsSavedBesideTheFittedOne() throws IOException {
        SessionSnapshot base = Synthetic.snapshot(Synthetic.dataFile(dir), 2, 3, 300);
        LifetimeSetup setup = LifetimeSetup.withDialog(base.lifetime(), edited());
        SessionSnapshot snapshot = new SessionSnapshot(base.dataFile(), base.particles(), null, setup, Map.of(),
                Map.of());
        Path file = dir.resolve("dialog.smsa");
        SessionWriter.write(snapshot, file, "test");
        LifetimeSetup back = SessionReader.read(file).lifetime();
        assertEquals(edited(), back.dialog());
        assertEquals(edited(), back.model(), "the next fits use the dialog's model");
        assertEquals(base.lifetime().parameters(), back.parameters(), "the fitted model stays");
        assertEquals(base.lifetime().settings(), back.settings());
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("\"dialog\":{\"parameters\""));
    }

    @Test
    void sessionsWithoutTheDialogsModelOpenWithTheFittedOne() throws IOException {
        SessionSnapshot old = Synthetic.snapshot(Synthetic.dataFile(dir), 1, 2, 300);
        Path file = dir.resolve("old.smsa");
        SessionWriter.write(old, file, "test");
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(json.contains("\"dialog\""), "not written when the dialog has the fitted model");
        LifetimeSetup back = SessionReader.read(file).lifetime();
        assertNull(back.dialog());
        assertEquals(new FitModel(old.lifetime().parameters(), old.lifetime().settings()), back.model());
    }

    @Test
    void aModelSetBeforeAnyFitIsTheSetup() {
        LifetimeSetup setup = LifetimeSetup.withDialog(null, edited());
        assertEquals(edited(), setup.model());
        assertNull(setup.dialog());
        assertNull(setup.binning(), "no grid is claimed");
        assertNull(setup.irf());
        LifetimeSetup same = LifetimeSetup.withDialog(setup, edited());
        assertNull(same.dialog(), "a dialog model equal to the fitted one is not stored twice");
    }

    @Test
    void preferencesTextRoundTripsAndBadTextIsAnError() throws IOException {
        String json = FitModelJson.write(edited());
        assertEquals(edited(), FitModelJson.read(json));
        FitModel defaults = new FitModel(FitParameters.defaults(1), FitSettings.defaults());
        assertEquals(defaults, FitModelJson.read(FitModelJson.write(defaults)), "NaN starts (automatic) survive");
        IOException e = assertThrows(IOException.class, () -> FitModelJson.read("{\"parameters\": {}}"));
        assertTrue(e.getMessage().contains("tauNs"), e.getMessage());
        assertThrows(IOException.class, () -> FitModelJson.read("not json"));
    }
}
