package org.fullsms.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.LifetimeActions;
import org.fullsms.ui.charts.PlotExport;
import org.fullsms.ui.editor.ParticleEditor;
import org.fullsms.ui.help.HelpTopics;
import org.fullsms.ui.help.HelpView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user guide in the live workbench (issue 17, 6): Help &gt; Help Contents opens the Help view beside the
 * editors with every section of the guide; F1 pressed on each tab of a particle editor scrolls it to that tab's
 * section while the tab keeps the focus; the contents list and search move through it. With
 * {@code FULLSMS_SCREENSHOTS=DIR} (or {@code -Dfullsms.screenshots=DIR}) it saves the window after F1 on the
 * Lifetime tab at 1366 × 768 and, when the screen is large enough, at 1920 × 1080.
 */
class HelpWorkflowTest {

    private static final long JOB_TIMEOUT_MS = 120_000;
    private static final long HELP_TIMEOUT_MS = 20_000;
    /** Longer than the Help view's delay before it lays the guide out again for a new size. */
    private static final long RELAYOUT_MS = 500;

    @TempDir
    Path dir;

    @Test
    void helpContentsAndF1OnEachTab() throws Exception {
        Path file = dir.resolve("example.h5");
        var sim = new Simulator().run(SimulationParameters.builder().particles(1).durationS(20).seed(5)
                .secondChannel(true).build(), new NullProgressMonitor());
        new Hdf5Writer().write(sim.dataset(), file, WriteOptions.DEFAULTS, new NullProgressMonitor());
        TestWorkbench.run(wb -> {
            Shell shell = wb.mainShell();
            shell.setMaximized(false);
            shell.setBounds(0, 0, 1366, 768);
            EPartService parts = wb.windowContext().get(EPartService.class);

            List<String> helpItems = menuItems(wb, "Help");
            assertTrue(helpItems.contains("Help Contents"), "Help menu: " + helpItems);
            assertTrue(helpItems.contains("Help for This View\tF1"), "F1 is shown in the Help menu: " + helpItems);
            assertEquals(null, parts.findPart(HelpView.ID), "no Help view before it is asked for");

            wb.execute("org.fullsms.ui.command.helpcontents");
            HelpView help = helpView(wb, parts);
            for (String section : List.of("Getting started", "Intensity tab", "Change point analysis (Resolve)",
                    "Lifetime tab", "Goodness of fit: χ²red and Durbin–Watson", "Grouping (BIC) tab",
                    "Correlation tab", "Exports", "Sessions", "References")) {
                assertTrue(help.sectionTitles().contains(section), "the guide has a section " + section);
            }
            StyledText text = help.textControl();
            // e4 lays a new part out after it is made; the guide is laid out again for the width it gets then
            wb.waitUntil("the guide to have room to be read", HELP_TIMEOUT_MS,
                    () -> text.isVisible() && text.getClientArea().height > 200, () -> describe(wb, parts, text));
            settle(wb, RELAYOUT_MS);
            assertEquals(Optional.of(HelpTopics.CONTENTS), help.sectionAtTop(), "Help Contents starts at the top");
            assertEquals("Full SMS user guide", topLine(text), "the title is drawn first");
            assertTrue(text.getText().contains("Watkins and H. Yang"), "the references are in the view");

            OpenDatasets open = wb.application().getContext().get(OpenDatasets.class);
            wb.application().getContext().get(DatasetOpener.class).open(List.of(file));
            wb.waitUntil("the file to open", JOB_TIMEOUT_MS, () -> open.sessions().size() == 1);
            AnalysisSession session = open.sessions().get(0);
            ParticleAnalysis first = session.particles().get(0);
            MPart editorPart = EditorOpener.open(first, parts, wb.windowContext().get(EModelService.class),
                    wb.application());
            ParticleEditor editor = EditorOpener.editorOf(editorPart);
            editor.intensity().resolve(List.of(first));
            wb.waitForJobs("resolve", JOB_TIMEOUT_MS);
            LifetimeActions.fit(List.of(first)); // the file's model: 1 exponential, least squares by default
            wb.waitForJobs("fit", JOB_TIMEOUT_MS);

            Rectangle helpBounds = bounds((Control) parts.findPart(HelpView.ID).getWidget());
            Rectangle editorBounds = bounds((Control) editorPart.getWidget());
            assertTrue(helpBounds.x >= editorBounds.x + editorBounds.width - 1 && helpBounds.width > 300,
                    "the Help view is beside the editor: help " + helpBounds + ", editor " + editorBounds);

            for (ParticleEditor.Tab tab : ParticleEditor.Tab.values()) {
                if (!editor.has(tab)) {
                    continue; // Spectra and Raster Scan: this simulated file stores neither
                }
                String expected = switch (tab) {
                    case INTENSITY -> HelpTopics.INTENSITY;
                    case LIFETIME -> HelpTopics.LIFETIME;
                    case GROUPING -> HelpTopics.GROUPING;
                    case CORRELATION -> HelpTopics.CORRELATION;
                    case SPECTRA, RASTER_SCAN -> HelpTopics.SPECTRA_AND_RASTER;
                };
                help.show(HelpTopics.CONTENTS);
                pressF1(wb, editorPart, editor, tab);
                wb.waitUntil("F1 on the " + tab + " tab to show " + expected, HELP_TIMEOUT_MS,
                        () -> help.sectionAtTop().equals(Optional.of(expected)), () -> "at " + help.sectionAtTop());
                assertSame(editorPart, parts.getActivePart(), "the tab keeps the focus after F1");
            }
            pressF1(wb, editorPart, editor, ParticleEditor.Tab.LIFETIME);
            wb.waitUntil("the Lifetime section", HELP_TIMEOUT_MS,
                    () -> help.sectionAtTop().equals(Optional.of(HelpTopics.LIFETIME)));
            assertEquals("Lifetime tab", topLine(text), "the Lifetime section is drawn at the top");
            wb.waitUntil("the editor to draw", 30_000, () -> !editor.isBusy());
            screenshot(wb, "help-1366x768.png");

            Composite view = (Composite) parts.findPart(HelpView.ID).getWidget();
            Combo contents = Widgets.all(view, Combo.class).get(0);
            int correlation = Arrays.asList(contents.getItems()).indexOf("Correlation tab");
            assertTrue(correlation > 0, "the contents list the Correlation tab: " + Arrays.toString(contents.getItems()));
            contents.select(correlation);
            contents.notifyListeners(SWT.Selection, new Event());
            assertEquals(Optional.of(HelpTopics.CORRELATION), help.sectionAtTop(), "a contents entry scrolls there");

            Text search = Widgets.all(view, Text.class).get(0);
            search.setText("durbin");
            wb.processEvents();
            assertTrue(text.getSelectionText().equalsIgnoreCase("durbin"), "search selects a match: '"
                    + text.getSelectionText() + "'");
            assertTrue(Arrays.stream(text.getStyleRanges()).anyMatch(s -> s.background != null
                    && text.getText(s.start, s.start + s.length - 1).equalsIgnoreCase("durbin")),
                    "matches are highlighted");
            search.setText("");
            wb.processEvents();

            Rectangle screen = wb.display().getBounds();
            if (screen.width >= 1920 && screen.height >= 1080) {
                shell.setBounds(0, 0, 1920, 1080);
                wb.processEvents();
                pressF1(wb, editorPart, editor, ParticleEditor.Tab.LIFETIME);
                settle(wb, 1000); // the guide lays itself out again for the width
                wb.waitUntil("the Lifetime section at 1920 × 1080", HELP_TIMEOUT_MS,
                        () -> help.sectionAtTop().equals(Optional.of(HelpTopics.LIFETIME)));
                screenshot(wb, "help-1920x1080.png");
            }

            parts.hidePart(parts.findPart(HelpView.ID));
            wb.processEvents();
            assertEquals(null, parts.findPart(HelpView.ID), "closing the Help view removes it");
            pressF1(wb, editorPart, editor, ParticleEditor.Tab.GROUPING);
            HelpView again = helpView(wb, parts);
            wb.waitUntil("F1 to open the guide again at the Grouping section", HELP_TIMEOUT_MS,
                    () -> again.sectionAtTop().equals(Optional.of(HelpTopics.GROUPING)),
                    () -> "at " + again.sectionAtTop() + ": " + describe(wb, parts, again.textControl()));
            open.close(session);
        });
    }

    /** Shows {@code tab}, puts the keyboard focus in it and presses F1 as a user does. */
    private static void pressF1(TestWorkbench wb, MPart editorPart, ParticleEditor editor, ParticleEditor.Tab tab)
            throws InterruptedException {
        EPartService parts = wb.windowContext().get(EPartService.class);
        parts.activate(editorPart);
        editor.show(tab);
        wb.mainShell().forceActive();
        editor.control().setFocus();
        wb.processEvents();
        Display display = wb.display();
        for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
            Event e = new Event();
            e.type = type;
            e.keyCode = SWT.F1;
            display.post(e);
        }
        settle(wb, 300);
    }

    /** Where the Help view is in the model and on screen, for a failure message. */
    private static String describe(TestWorkbench wb, EPartService parts, StyledText text) {
        StringBuilder b = new StringBuilder("text " + text.getClientArea() + " visible " + text.isVisible());
        for (MUIElement e = parts.findPart(HelpView.ID); e != null; e = e.getParent()) {
            b.append(" / ").append(e.getElementId()).append(" r=").append(e.isToBeRendered()).append(" v=")
                    .append(e.isVisible()).append(" cd=").append(e.getContainerData()).append(" tags=")
                    .append(e.getTags()).append(" w=")
                    .append(e.getWidget() instanceof Control c ? c.getBounds() + " " + c.isVisible() : e.getWidget());
        }
        return b + " shell " + wb.mainShell().getBounds();
    }

    /** Runs the event loop for {@code ms}. */
    private static void settle(TestWorkbench wb, long ms) throws InterruptedException {
        long until = System.currentTimeMillis() + ms;
        wb.waitUntil("events to settle", ms + 5000, () -> System.currentTimeMillis() > until);
    }

    private static HelpView helpView(TestWorkbench wb, EPartService parts) throws InterruptedException {
        wb.waitUntil("the Help view", HELP_TIMEOUT_MS, () -> parts.findPart(HelpView.ID) != null
                && parts.findPart(HelpView.ID).getObject() instanceof HelpView v && v.isLoaded());
        HelpView view = (HelpView) parts.findPart(HelpView.ID).getObject();
        assertNotNull(view);
        return view;
    }

    private static String topLine(StyledText text) {
        return text.getLine(text.getTopIndex());
    }

    private static Rectangle bounds(Control c) {
        return c.getDisplay().map(c.getParent(), null, c.getBounds());
    }

    /** The items of a main menu as a user sees them (accelerators after a tab). */
    private static List<String> menuItems(TestWorkbench wb, String menu) {
        Menu m = Arrays.stream(wb.mainShell().getMenuBar().getItems())
                .filter(i -> i.getText().replace("&", "").equals(menu)).findFirst().orElseThrow().getMenu();
        wb.showMenu(m);
        return Arrays.stream(m.getItems()).map(i -> i.getText().replace("&", "")).toList();
    }

    private static void screenshot(TestWorkbench wb, String name) throws Exception {
        String target = System.getProperty("fullsms.screenshots", System.getenv("FULLSMS_SCREENSHOTS"));
        if (target != null) {
            Path out = Files.createDirectories(Path.of(target));
            PlotExport.savePng(wb.mainShell(), out.resolve(name));
        }
    }
}
