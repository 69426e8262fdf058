package org.fullsms.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.ui.p2.AboutDialog;
import org.fullsms.ui.p2.Provisioning;

import jakarta.inject.Named;

/** Help &gt; About Full SMS: version, installed features, bundles and licences. */
public class AboutHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional Provisioning p2) {
        new AboutDialog(shell, SoftwareHandlers.provisioning(p2)).open();
    }
}
