package org.fullsms.ui.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.ui.DatasetOpener;
import org.fullsms.ui.tools.ConversionJob;
import org.fullsms.ui.tools.ConvertDialog;

import jakarta.inject.Named;

/**
 * File &gt; Convert…: the Convert dialog, then its conversions in one job; the files written are opened when asked.
 */
public class ConvertHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, DatasetOpener opener,
            UISynchronize sync) {
        ConvertDialog dialog = new ConvertDialog(shell, List.of());
        if (dialog.open() != Window.OK) {
            return;
        }
        ConvertDialog.Request request = dialog.request();
        ConversionJob.schedule(request, written -> {
            if (request.open()) {
                sync.asyncExec(() -> opener.open(written));
            }
        });
    }
}
