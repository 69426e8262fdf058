package org.fullsms.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.lifetime.FitSettings;
import org.fullsms.analysis.lifetime.ModelCurve;
import org.fullsms.analysis.lifetime.StartMode;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.FitModel;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.LifetimeActions;
import org.fullsms.ui.charts.PlotCanvas;
import org.fullsms.ui.charts.PlotExport;
import org.fullsms.ui.editor.FitDialog;
import org.fullsms.ui.editor.ParticleEditor;
import org.fullsms.ui.prefs.UiPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, 1 and 7 in the live workbench: the Lifetime tab's Fitting Parameters dialog on a fitted particle. A new
 * τ redraws the model with that decay constant (evaluated off the UI thread), dragging the window's start marker
 * sets the start field, a fixed τ survives Fit Current, and the model is the file's (its lifetime setup) and the
 * preferences' when the dialog opens again; Restore Defaults gives the original's values. Fit Selected fits the
 * checked particles and Fit All every particle, each with the dialog's model. With
 * {@code FULLSMS_SCREENSHOTS=DIR} the dialog is saved there as fit-dialog.png.
 */
class FitDialogTest {

    private static final long TIMEOUT_MS = 120_000;

    @TempDir
    Path dir;

    @Test
    void previewFollowsTheValuesAndAFixedLifetimeStaysInTheFit() throws Exception {
        Path file = simulated("fit.h5", 1, 20, 11);
        TestWorkbench.run(wb -> {
            AnalysisSession session = open(wb, file);
            ParticleAnalysis first = session.particles().get(0);
            MPart part = EditorOpener.open(first, wb.windowContext().get(EPartService.class),
                    wb.windowContext().get(EModelService.class), wb.application());
            ParticleEditor editor = EditorOpener.editorOf(part);
            editor.lifetime().fit(List.of(first));
            wb.waitForJobs("fit", TIMEOUT_MS);
            FitResult before = first.fits().get(FitTarget.WHOLE);
            assertTrue(before != null && before.ok(), "fitted: " + before);
            editor.show(ParticleEditor.Tab.LIFETIME);
            wb.waitUntil("the decay to draw", 30_000, () -> !editor.isBusy());
            // not resolved yet: the empty level strip is labelled with the intensity unit all the same
            assertEquals("cps", editor.lifetime().levelStrip().getChart().getAxisSet().getYAxis(0).getTitle().getText());

            String uiThread = wb.display().getThread().getName();
            double[] slopes = new double[2];
            String[] threads = new String[1];
            double[] dragged = new double[2];
            int[] startChannel = new int[1];
            int[] endChannel = new int[1];
            long[] latency = new long[2];
            DialogScript script = new DialogScript(wb.display()).then("the preview", "Fitting Parameters",
                    s -> s.getData() instanceof FitDialog d && d.isReady(), s -> {
                        FitDialog d = (FitDialog) s.getData();
                        slopes[0] = slopeAfterTyping(d, "3");
                        latency[0] = d.lastLatencyNanos();
                        slopes[1] = slopeAfterTyping(d, "0.8");
                        latency[1] = d.lastLatencyNanos();
                        threads[0] = d.lastPreviewThread();
                        // drag the window's start 1 ns later, as the mouse does
                        PlotCanvas decay = d.preview().get(0);
                        double from = d.startMarker().getX();
                        dragged[0] = from + 1;
                        drag(decay, from, dragged[0]);
                        dragged[1] = Double.parseDouble(d.windowStartField().getText());
                        assertEquals(StartMode.MANUAL, d.model().settings().startMode(), "a dragged start is manual");
                        startChannel[0] = d.model().settings().manualStart();
                        int shown = d.previewsShown();
                        pump(s.getDisplay(), () -> d.previewsShown() > shown && d.lastCurve().ok());
                        assertEquals(dragged[1], d.startMarker().getX(), 1e-4, "the marker sits on the window (the field has 6 digits)");
                        // and its end 3 ns before where the automatic rule put it
                        double end = d.endMarker().getX();
                        drag(decay, end, end - 3);
                        assertFalse(d.model().settings().autoEnd(), "a dragged end is typed, not automatic");
                        endChannel[0] = d.model().settings().manualEnd();
                        // a preview asked for before the drag (the start's) may still arrive first: wait for the
                        // newest request's, which must end at the marker
                        pump(s.getDisplay(), "a preview ending at the marker, channel " + endChannel[0],
                                () -> d.lastCurve().ok() && d.lastCurve().endChannel() == endChannel[0]);
                        // fix τ1 and fit this particle
                        d.startField("τ1").setText("2.5");
                        Button fix = d.fixBox("τ1");
                        fix.setSelection(true);
                        fix.notifyListeners(SWT.Selection, new Event());
                        assertTrue(d.model().parameters().tauNs().get(0).fixed());
                        screenshot(s, "fit-dialog.png");
                        DialogScript.press(s, "Fit Current");
                    });
            script.start(TIMEOUT_MS);
            editor.lifetime().openFitDialog();
            script.check();
            assertNotEquals(uiThread, threads[0], "the model is evaluated off the UI thread");
            // the tail of a single exponential falls as exp(−t/τ)
            assertEquals(-1 / 3.0, slopes[0], 0.01 / 3.0, "τ = 3 ns");
            assertEquals(-1 / 0.8, slopes[1], 0.01 / 0.8, "τ = 0.8 ns");
            System.out.printf(Locale.ROOT, "fit dialog: model drawn %.1f ms and %.1f ms after a change of τ%n",
                    latency[0] / 1e6, latency[1] / 1e6);
            double width = session.decayBinning().channelWidthNs();
            assertEquals(dragged[0], dragged[1], width, "the start field follows the dragged marker");

            wb.waitForJobs("fit current", TIMEOUT_MS);
            FitResult fixed = first.fits().get(FitTarget.WHOLE);
            assertTrue(fixed.ok(), fixed.message());
            assertEquals(2.5, fixed.tauNs()[0], 0, "the fixed τ is kept by the fit");
            assertEquals(0, fixed.tauStdNs()[0], 0);
            assertEquals(startChannel[0], fixed.startChannel(), "the fit starts where the marker was dragged");
            assertTrue(startChannel[0] > 0);
            assertEquals(endChannel[0], fixed.endChannel(), "the fit ends where the end marker was dragged");
            FitModel kept = LifetimeActions.model(session);
            assertTrue(kept.parameters().tauNs().get(0).fixed(), "the file keeps the model");
            assertEquals(2.5, kept.parameters().tauNs().get(0).start(), 0);
            assertEquals(kept, UiPreferences.fitModel(), "the preferences keep it for the next files");
            assertFalse(kept.settings().simulateIrf(), "without an IRF the fit simulates one, but an IRF loaded later "
                    + "is used: the model does not ask for a simulated IRF");
            assertTrue(fixed.fwhmNs() > 0, "the fit simulated the IRF");

            // opened again: the model as left; Restore Defaults gives the original's
            String[] reopened = new String[2];
            DialogScript again = new DialogScript(wb.display()).then("the dialog again", "Fitting Parameters",
                    s -> s.getData() instanceof FitDialog d && d.isReady(), s -> {
                        FitDialog d = (FitDialog) s.getData();
                        reopened[0] = d.startField("τ1").getText() + (d.fixBox("τ1").getSelection() ? " fixed" : "");
                        DialogScript.press(s, "Restore Defaults");
                        reopened[1] = d.startField("τ1").getText() + (d.fixBox("τ1").getSelection() ? " fixed" : "");
                        assertEquals(FitSettings.Method.LEAST_SQUARES, d.model().settings().method());
                        DialogScript.press(s, "Cancel");
                    });
            again.start(TIMEOUT_MS);
            editor.lifetime().openFitDialog();
            again.check();
            assertEquals("2.5 fixed", reopened[0]);
            assertEquals("1", reopened[1], "the original's τ start for one exponential");
            assertEquals(kept, LifetimeActions.model(session), "Cancel keeps the model");
            assertFalse(first.fits().isEmpty());
        });
    }

    /**
     * Fit Selected fits the checked particles, and only those, with the dialog's model (two exponentials, τ1 fixed);
     * Fit All then fits every particle with another model (one exponential, τ fixed at another value).
     */
    @Test
    void fitSelectedAndFitAllUseTheDialogsModel() throws Exception {
        Path file = simulated("three.h5", 3, 10, 5);
        TestWorkbench.run(wb -> {
            AnalysisSession session = open(wb, file);
            List<ParticleAnalysis> all = session.particles();
            assertTrue(all.size() >= 3, all.size() + " particles");
            ParticleAnalysis shown = all.get(0);
            // checked: the second and the last; the dialog is opened on the first, which is not checked
            for (ParticleAnalysis a : all) {
                a.setSelected(a == all.get(1) || a == all.get(all.size() - 1));
            }
            List<ParticleAnalysis> checked = session.selected();
            assertEquals(2, checked.size());
            MPart part = EditorOpener.open(shown, wb.windowContext().get(EPartService.class),
                    wb.windowContext().get(EModelService.class), wb.application());
            ParticleEditor editor = EditorOpener.editorOf(part);
            editor.show(ParticleEditor.Tab.LIFETIME);
            wb.waitUntil("the decay to draw", 30_000, () -> !editor.isBusy());

            fitFromDialog(wb, editor, 2, "2.5", "Fit Selected");
            wb.waitForJobs("fit selected", TIMEOUT_MS);
            for (ParticleAnalysis a : all) {
                FitResult fit = a.fits().get(FitTarget.WHOLE);
                if (checked.contains(a)) {
                    assertTrue(fit != null && fit.ok(), a.particle().name() + ": " + fit);
                    assertEquals(2, fit.numExp(), a.particle().name() + " fitted with the dialog's exponentials");
                    assertEquals(2.5, fit.tauNs()[0], 0, a.particle().name() + " keeps the fixed τ1");
                } else {
                    assertTrue(a.fits().isEmpty(), a.particle().name() + " is not checked: not fitted");
                }
            }

            fitFromDialog(wb, editor, 1, "1.7", "Fit All");
            wb.waitForJobs("fit all", TIMEOUT_MS);
            for (ParticleAnalysis a : all) {
                FitResult fit = a.fits().get(FitTarget.WHOLE);
                assertTrue(fit != null && fit.ok(), a.particle().name() + ": " + fit);
                assertEquals(1, fit.numExp(), a.particle().name() + " fitted with one exponential");
                assertEquals(1.7, fit.tauNs()[0], 0, a.particle().name() + " keeps the fixed τ");
            }
        });
    }

    /** Opens the fit dialog, chooses {@code exponentials} with τ1 fixed at {@code tau} and presses {@code button}. */
    private static void fitFromDialog(TestWorkbench wb, ParticleEditor editor, int exponentials, String tau,
            String button) throws Exception {
        DialogScript script = new DialogScript(wb.display()).then("the dialog", "Fitting Parameters",
                s -> s.getData() instanceof FitDialog d && d.isReady(), s -> {
                    FitDialog d = (FitDialog) s.getData();
                    Combo count = Widgets.all(s, Combo.class).stream()
                            .filter(c -> List.of(c.getItems()).equals(List.of("1", "2", "3"))).findFirst()
                            .orElseThrow();
                    count.select(exponentials - 1);
                    count.notifyListeners(SWT.Selection, new Event());
                    d.startField("τ1").setText(tau);
                    Button fix = d.fixBox("τ1");
                    fix.setSelection(true);
                    fix.notifyListeners(SWT.Selection, new Event());
                    assertEquals(exponentials, d.model().parameters().numExp());
                    assertTrue(d.model().parameters().tauNs().get(0).fixed());
                    DialogScript.press(s, button);
                });
        script.start(TIMEOUT_MS);
        editor.lifetime().openFitDialog();
        script.check();
    }

    /** Types a τ1 start, waits for its model and returns the slope of ln(model − background) in its tail (1/ns). */
    private static double slopeAfterTyping(FitDialog d, String tau) throws InterruptedException {
        int shown = d.previewsShown();
        d.startField("τ1").setText(tau);
        pump(d.getShell().getDisplay(), () -> d.previewsShown() > shown && d.lastCurve().ok()
                && d.model().parameters().tauNs().get(0).start() == Double.parseDouble(tau));
        ModelCurve c = d.lastCurve();
        double[] m = c.counts();
        int peak = 0;
        for (int k = 1; k < m.length; k++) {
            peak = m[k] > m[peak] ? k : peak;
        }
        // from 1.5 ns after the peak (the IRF has ended) over 1.5 ns, above the background
        int from = peak + (int) Math.round(1.5 / c.channelWidthNs());
        int to = Math.min(m.length - 1, from + (int) Math.round(1.5 / c.channelWidthNs()));
        return (Math.log(m[to] - c.background()) - Math.log(m[from] - c.background()))
                / ((to - from) * c.channelWidthNs());
    }

    /** Runs the event loop until {@code done} (the dialog's nested loop is the one running the script). */
    /** A simulated file of blinking particles in the test's folder. */
    private Path simulated(String name, int particles, double durationS, long seed) throws Exception {
        Path file = dir.resolve(name);
        var sim = new Simulator().run(SimulationParameters.builder().particles(particles).durationS(durationS)
                .seed(seed).build(), new NullProgressMonitor());
        new Hdf5Writer().write(sim.dataset(), file, WriteOptions.DEFAULTS, new NullProgressMonitor());
        return file;
    }

    /** Opens the file in the workbench, as File > Open does. */
    private static AnalysisSession open(TestWorkbench wb, Path file) throws InterruptedException {
        OpenDatasets open = wb.application().getContext().get(OpenDatasets.class);
        wb.application().getContext().get(DatasetOpener.class).open(List.of(file));
        wb.waitUntil("the file to open", TIMEOUT_MS, () -> open.sessions().size() == 1);
        return open.sessions().get(0);
    }

    private static void pump(Display display, BooleanSupplier done) throws InterruptedException {
        pump(display, "the preview", done);
    }

    private static void pump(Display display, String what, BooleanSupplier done) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError(what + " was not drawn within 20 s");
            }
            if (!display.readAndDispatch()) {
                Thread.sleep(2);
            }
        }
    }

    /** Drags with the left button on the plot area from data x {@code from} to {@code to}. */
    private static void drag(PlotCanvas canvas, double from, double to) {
        Control plot = canvas.getChart().getPlotArea().getControl();
        var axis = canvas.getChart().getAxisSet().getXAxis(0);
        int y = plot.getSize().y / 2;
        mouse(plot, SWT.MouseDown, axis.getPixelCoordinate(from), y);
        mouse(plot, SWT.MouseMove, axis.getPixelCoordinate(to), y);
        mouse(plot, SWT.MouseUp, axis.getPixelCoordinate(to), y);
    }

    private static void mouse(Control control, int type, int x, int y) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = 1;
        e.stateMask = type == SWT.MouseMove ? SWT.BUTTON1 : 0;
        control.notifyListeners(type, e);
    }

    private static void screenshot(Shell shell, String name) throws Exception {
        String target = System.getProperty("fullsms.screenshots", System.getenv("FULLSMS_SCREENSHOTS"));
        if (target != null) {
            long until = System.currentTimeMillis() + 1500;
            while (System.currentTimeMillis() < until) {
                if (!shell.getDisplay().readAndDispatch()) {
                    Thread.sleep(5);
                }
            }
            PlotExport.savePng(shell, Files.createDirectories(Path.of(target)).resolve(name));
        }
    }
}
