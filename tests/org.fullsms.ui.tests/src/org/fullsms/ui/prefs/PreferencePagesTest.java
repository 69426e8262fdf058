package org.fullsms.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Window &gt; Preferences is built from the registered {@link PreferencePageContribution} services: a page another
 * bundle registers appears beside the built-in ones, under its parent, and shows its contents.
 */
class PreferencePagesTest {

    /** What an extension would register: a page under the built-in grouping page. */
    private static final class ExtensionPage implements PreferencePageContribution {
        @Override
        public String id() {
            return "org.example.fullsms.extension";
        }

        @Override
        public String label() {
            return "Example extension";
        }

        @Override
        public String parentId() {
            return "org.fullsms.ui.prefs.grouping";
        }

        @Override
        public IPreferencePage createPage() {
            return new PreferencePage() {
                @Override
                protected Control createContents(Composite parent) {
                    Label label = new Label(parent, SWT.NONE);
                    label.setText("Extension settings");
                    return label;
                }
            };
        }
    }

    @Test
    void contributedPageAppearsInTheDialog() {
        ServiceRegistration<PreferencePageContribution> registration = FrameworkUtil.getBundle(PreferencePages.class)
                .getBundleContext().registerService(PreferencePageContribution.class, new ExtensionPage(), null);
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            PreferenceDialog dialog = PreferencePages.dialog(shell);
            dialog.setSelectedNode("org.example.fullsms.extension");
            dialog.setBlockOnOpen(false);
            dialog.open();
            Tree tree = dialog.getTreeViewer().getTree();
            dialog.getTreeViewer().expandAll();
            List<String> top = Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
            assertEquals(List.of("Change point analysis", "Display", "Grouping", "Lifetime fit range",
                    "Photon bursts"), top, "the built-in pages, by label");
            TreeItem grouping = tree.getItem(top.indexOf("Grouping"));
            assertEquals(List.of("Example extension"), Arrays.stream(grouping.getItems()).map(TreeItem::getText).toList(),
                    "the contributed page, under its parent");
            assertTrue(texts(dialog.getShell()).contains("Extension settings"), "the contributed page is shown");
            dialog.close();
        } finally {
            shell.dispose();
            registration.unregister();
        }
    }

    private static List<String> texts(Composite c) {
        List<String> out = new ArrayList<>();
        for (Control child : c.getChildren()) {
            if (child instanceof Label l && child.isVisible()) {
                out.add(l.getText());
            }
            if (child instanceof Composite cc) {
                out.addAll(texts(cc));
            }
        }
        return out;
    }
}
