package org.fullsms.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.fullsms.ui.p2.Feature;
import org.fullsms.ui.p2.InstalledSoftware;
import org.fullsms.ui.p2.P2Fixture;
import org.fullsms.ui.p2.Provisioning;
import org.fullsms.ui.p2.UpdateSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Help menu's software dialogs in the live workbench, on a temporary p2 profile (the test runtime has no
 * product profile; the handlers take a {@link Provisioning} from the context): About and Installed Software list
 * what is installed, Check for Updates finds the newer site, and Install New Software lists the preconfigured site
 * by category and installs a ticked feature after showing what changes, then asks to restart (answered No).
 */
class SoftwareDialogsTest {

    private static final long STEP_MS = 30_000;

    @TempDir
    Path folder;

    @AfterEach
    void clearSite() {
        System.clearProperty(UpdateSites.PROPERTY);
    }

    @Test
    void aboutInstalledUpdatesAndInstallDialogs() throws Exception {
        P2Fixture fixture = new P2Fixture(folder);
        Provisioning p2 = fixture.provisioning();
        URI site1 = fixture.site("site1", "1.0.0");
        var install = p2.install(fixture.features(site1, "alpha"), site1);
        install.resolveModal(new NullProgressMonitor());
        assertTrue(install.getProvisioningJob(null).runModal(new NullProgressMonitor()).isOK());
        fixture.site("site2", "1.1.0"); // known to the agent from now on: Check for Updates looks there too
        System.setProperty(UpdateSites.PROPERTY, site1.toString());

        List<String> about = new ArrayList<>();
        List<String> installed = new ArrayList<>();
        boolean[] uninstallEnabled = new boolean[1];
        List<String> updates = new ArrayList<>();
        List<String> siteTree = new ArrayList<>();
        String[] review = new String[1];
        String[] restartQuestion = new String[1];
        try {
            TestWorkbench.run(wb -> {
                wb.application().getContext().set(Provisioning.class, p2);

                DialogScript aboutScript = new DialogScript(wb.display()).then("About lists the features",
                        "About Full SMS", s -> DialogScript.find(s, Table.class).getItemCount() > 0, s -> {
                            for (TableItem item : DialogScript.find(s, Table.class).getItems()) {
                                about.add(item.getText(0) + " " + item.getText(1));
                            }
                            DialogScript.press(s, "Close");
                        });
                run(wb, "org.fullsms.ui.command.about", aboutScript);

                DialogScript installedScript = new DialogScript(wb.display()).then("Installed Software lists roots",
                        "Installed Software", s -> DialogScript.find(s, Table.class).getItemCount() > 0, s -> {
                            Table table = DialogScript.find(s, Table.class);
                            for (TableItem item : table.getItems()) {
                                installed.add(item.getText(0) + " " + item.getText(1) + " " + item.getText(3));
                            }
                            table.setSelection(0);
                            table.notifyListeners(SWT.Selection, new Event());
                            uninstallEnabled[0] = DialogScript.button(s, "Uninstall\u2026").isEnabled();
                            DialogScript.press(s, "Close");
                        });
                run(wb, "org.fullsms.ui.command.installedsoftware", installedScript);

                DialogScript updatesScript = new DialogScript(wb.display()).then("Check for Updates lists updates",
                        "Check for Updates", s -> DialogScript.find(s, Table.class).getItemCount() > 0, s -> {
                            for (TableItem item : DialogScript.find(s, Table.class).getItems()) {
                                updates.add(item.getText(0) + " " + item.getText(1) + " -> " + item.getText(2)
                                        + (item.getChecked() ? " (ticked)" : ""));
                            }
                            DialogScript.press(s, "Close");
                        });
                run(wb, "org.fullsms.ui.command.checkupdates", updatesScript);

                DialogScript installScript = new DialogScript(wb.display())
                        .then("Install New Software lists the preconfigured site", "Install New Software",
                                s -> DialogScript.hasButton(s, "Install\u2026")
                                        && DialogScript.find(s, Tree.class).getItemCount() > 0,
                                s -> {
                                    Tree tree = DialogScript.find(s, Tree.class);
                                    for (TreeItem category : tree.getItems()) {
                                        siteTree.add(category.getText(0));
                                        for (TreeItem feature : category.getItems()) {
                                            siteTree.add("  " + feature.getText(0) + " " + feature.getText(1)
                                                    + " installed:" + feature.getText(2));
                                            if (feature.getText(0).equals("Beta")) {
                                                feature.setChecked(true);
                                                Event check = new Event();
                                                check.item = feature;
                                                check.detail = SWT.CHECK;
                                                tree.notifyListeners(SWT.Selection, check);
                                            }
                                        }
                                    }
                                    DialogScript.press(s, "Install\u2026");
                                })
                        .then("the changes are shown for confirmation", "Install New Software",
                                s -> DialogScript.hasButton(s, "Install"), s -> {
                                    review[0] = DialogScript.find(s, Text.class).getText();
                                    DialogScript.press(s, "Install");
                                })
                        .then("a restart is offered", "Install New Software", s -> DialogScript.hasButton(s, "No"),
                                s -> {
                                    restartQuestion[0] = DialogScript.findAll(s, Label.class).stream()
                                            .map(Label::getText).reduce("", String::concat);
                                    DialogScript.press(s, "No");
                                });
                run(wb, "org.fullsms.ui.command.installsoftware", installScript);
            });
            List<String> roots = InstalledSoftware.roots(p2.profile()).stream().map(Feature::id).toList();
            assertEquals(List.of("alpha", "beta"), roots, "Beta installed by the dialog");
        } finally {
            fixture.stop();
        }
        assertEquals(List.of("Alpha 1.0.0"), about);
        assertEquals(List.of("Alpha 1.0.0 alpha"), installed);
        assertTrue(uninstallEnabled[0], "Alpha is not part of the workbench, so it may be uninstalled");
        assertEquals(List.of("Alpha 1.0.0 -> 1.1.0 (ticked)"), updates);
        assertEquals(List.of("Tools", "  Alpha 1.0.0 installed:1.0.0", "  Core 1.0.0 installed:", "Other",
                "  Beta 1.0.0 installed:"), siteTree);
        assertEquals("Install Beta 1.0.0", review[0]);
        assertTrue(restartQuestion[0].contains("Restart now?"), restartQuestion[0]);
    }

    /** Runs a command whose handler opens a modal dialog, playing the script meanwhile; waits for its last step. */
    private static void run(TestWorkbench wb, String commandId, DialogScript script) throws Exception {
        script.start(STEP_MS);
        ParameterizedCommand command = wb.windowContext().get(ECommandService.class).createCommand(commandId, null);
        wb.windowContext().get(EHandlerService.class).executeHandler(command);
        wb.waitUntil(commandId + " dialogs", 3 * STEP_MS, script::finished);
        script.check();
        wb.waitForJobs(commandId + " jobs", STEP_MS);
    }

}
