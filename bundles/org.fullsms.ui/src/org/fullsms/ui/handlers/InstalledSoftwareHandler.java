package org.fullsms.ui.handlers;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.ui.jobs.JobProgress;
import org.fullsms.ui.p2.InstalledSoftwareDialog;
import org.fullsms.ui.p2.Provisioning;

import jakarta.inject.Named;

/** Help &gt; Installed Software…: the installed features; uninstall the ones not part of the workbench itself. */
public class InstalledSoftwareHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEclipseContext context,
            @Optional Provisioning p2, @Optional JobProgress progress) {
        new InstalledSoftwareDialog(shell, SoftwareHandlers.provisioning(p2), SoftwareHandlers.restart(context, "Installed Software"),
                progress).open();
    }
}
