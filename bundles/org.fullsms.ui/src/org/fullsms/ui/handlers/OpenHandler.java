package org.fullsms.ui.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.runtime.Importers;
import org.fullsms.ui.DatasetOpener;

import jakarta.inject.Named;

/** File &gt; Open…: choose one or more files; they are read in a job. */
public class OpenHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, DatasetOpener opener) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText("Open photon data");
        String[][] filters = Importers.dialogFilters();
        dialog.setFilterNames(filters[0]);
        dialog.setFilterExtensions(filters[1]);
        if (dialog.open() == null) {
            return;
        }
        List<Path> files = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            files.add(Path.of(dialog.getFilterPath(), name));
        }
        opener.open(files);
    }
}
