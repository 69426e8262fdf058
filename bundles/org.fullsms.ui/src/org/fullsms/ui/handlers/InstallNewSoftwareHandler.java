package org.fullsms.ui.handlers;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.ui.jobs.JobProgress;
import org.fullsms.ui.p2.InstallDialog;
import org.fullsms.ui.p2.Provisioning;

import jakarta.inject.Named;

/** Help &gt; Install New Software…: features of the project's update site (or another), installed in a job. */
public class InstallNewSoftwareHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEclipseContext context,
            @Optional Provisioning p2, @Optional JobProgress progress) {
        new InstallDialog(shell, SoftwareHandlers.provisioning(p2), SoftwareHandlers.restart(context, "Install New Software"),
                progress).open();
    }
}
