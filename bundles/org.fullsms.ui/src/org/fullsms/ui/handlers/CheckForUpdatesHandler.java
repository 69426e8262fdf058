package org.fullsms.ui.handlers;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.ui.jobs.JobProgress;
import org.fullsms.ui.p2.UpdatesDialog;
import org.fullsms.ui.p2.Provisioning;

import jakarta.inject.Named;

/** Help &gt; Check for Updates…: newer versions of the installed features on the known sites. */
public class CheckForUpdatesHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEclipseContext context,
            @Optional Provisioning p2, @Optional JobProgress progress) {
        new UpdatesDialog(shell, SoftwareHandlers.provisioning(p2), SoftwareHandlers.restart(context, "Check for Updates"),
                progress).open();
    }
}
