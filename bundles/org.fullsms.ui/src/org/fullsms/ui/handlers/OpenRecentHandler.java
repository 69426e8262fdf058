package org.fullsms.ui.handlers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.fullsms.ui.DatasetOpener;
import org.fullsms.ui.recent.RecentFilesMenu;

/** An item of File &gt; Open Recent: opens its file; disabled when the file no longer exists. */
public class OpenRecentHandler {

    @CanExecute
    public boolean canExecute(MItem item) {
        Path file = RecentFilesMenu.fileOf(item);
        return file != null && Files.isRegularFile(file);
    }

    @Execute
    public void execute(MItem item, DatasetOpener opener) {
        Path file = RecentFilesMenu.fileOf(item);
        if (file != null) {
            opener.open(List.of(file));
        }
    }
}
