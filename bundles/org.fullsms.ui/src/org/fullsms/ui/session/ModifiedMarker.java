package org.fullsms.ui.session;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.editor.ParticleEditor;

/**
 * The modified marker: a leading {@value #PREFIX} on the window title while any open analysis is modified, and on
 * the tab of each particle editor whose file's analysis is. Labels are model labels (not e4's dirty flag, which
 * would make closing an editor ask to save: an editor is only a view of the analysis), drawn on the title and tabs
 * directly as well (see {@link #showOnTab}).
 */
public final class ModifiedMarker {

    public static final String PREFIX = "*";

    private final MApplication app;
    private final EModelService models;
    private final ModifiedAnalyses modified;

    private ModifiedMarker(MApplication app, EModelService models, ModifiedAnalyses modified) {
        this.app = app;
        this.models = models;
        this.modified = modified;
    }

    /** Keeps the labels of {@code app} up to date; changes are redrawn on the UI thread. */
    public static void install(MApplication app, EModelService models, ModifiedAnalyses modified, UISynchronize sync) {
        ModifiedMarker marker = new ModifiedMarker(app, models, modified);
        modified.addListener(session -> sync.asyncExec(marker::refresh));
        marker.refresh();
    }

    /** {@code label} with the marker when {@code isModified}, without it otherwise. */
    public static String label(String label, boolean isModified) {
        String plain = label.startsWith(PREFIX) ? label.substring(PREFIX.length()) : label;
        return isModified ? PREFIX + plain : plain;
    }

    /**
     * The renderers redraw a changed model label when they hear of it; in the test workbench they do not (the label
     * changes, the tab and the title stay), so the widgets are set here as well, which is right either way.
     */
    private static void showOnTab(MPart part) {
        if (part.getWidget() instanceof Control control && !control.isDisposed()
                && control.getParent() instanceof CTabFolder folder) {
            for (CTabItem item : folder.getItems()) {
                if (item.getControl() == control) {
                    item.setText(part.getLabel());
                }
            }
        }
    }

    private void refresh() {
        boolean any = modified.anyModified();
        for (MWindow w : app.getChildren()) {
            if (w.getLabel() != null) {
                w.setLabel(label(w.getLabel(), any));
                if (w.getWidget() instanceof Shell shell && !shell.isDisposed()) {
                    shell.setText(w.getLabel());
                }
            }
        }
        for (MPart p : models.findElements(app, null, MPart.class, null)) {
            if (p.getTransientData().get(ParticleEditor.PARTICLE_KEY) instanceof ParticleAnalysis a) {
                p.setLabel(label(p.getLabel(), modified.isModified(a.session())));
                showOnTab(p);
            }
        }
    }
}
