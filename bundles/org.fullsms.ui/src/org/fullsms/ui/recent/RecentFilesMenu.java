package org.fullsms.ui.recent;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.di.AboutToShow;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.fullsms.ui.prefs.UiPreferences;

/**
 * The items of File &gt; Open Recent, built each time the submenu opens (a dynamic menu contribution), so the
 * list and the enablement (a file that no longer exists is disabled) are current. Each item runs
 * {@code OpenRecentHandler} with its file in the item's transient data.
 */
public class RecentFilesMenu {

    /** Transient-data key of an item's file (a {@link Path}). */
    public static final String PATH_KEY = "org.fullsms.ui.recent.path";

    private static final String HANDLER_URI = "bundleclass://org.fullsms.ui/org.fullsms.ui.handlers.OpenRecentHandler";

    @AboutToShow
    public void aboutToShow(List<MMenuElement> items, EModelService models) {
        List<Path> files = UiPreferences.recentFiles().files();
        if (files.isEmpty()) {
            items.add(item(models, "(no recent files)", null, "org.fullsms.ui.menuitem.recent.none"));
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Path folder = file.getParent();
            String text = file.getFileName() + (folder == null ? "" : "  [" + folder + "]");
            // "&n" is the item's mnemonic; a '&' in the path must be doubled to show as itself
            String label = "&" + (i + 1) + " " + text.replace("&", "&&");
            items.add(item(models, label, file, "org.fullsms.ui.menuitem.recent." + i));
        }
    }

    private static MDirectMenuItem item(EModelService models, String label, Path file, String id) {
        MDirectMenuItem item = models.createModelElement(MDirectMenuItem.class);
        item.setElementId(id);
        item.setLabel(label);
        item.setContributionURI(HANDLER_URI);
        if (file != null) {
            item.setTooltip(file.toString());
            item.getTransientData().put(PATH_KEY, file);
        }
        return item;
    }

    /** The file of an item built here, or null (the "(no recent files)" item). */
    public static Path fileOf(MUIElement item) {
        return item.getTransientData().get(PATH_KEY) instanceof Path p ? p : null;
    }
}
