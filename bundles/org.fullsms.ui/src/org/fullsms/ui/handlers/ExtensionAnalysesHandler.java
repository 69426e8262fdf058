package org.fullsms.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.ui.actions.Scope;
import org.fullsms.ui.extensions.ExtensionAnalysesDialog;

import jakarta.inject.Named;

/**
 * Analysis &gt; Extension Analyses…: always enabled, so that the dialog can say what is installed (and where to get
 * extensions) before a file is open; the dialog offers Run once its scope holds a particle.
 */
public class ExtensionAnalysesHandler {

    @Execute
    public void execute(OpenDatasets open, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        ExtensionAnalysesDialog.of(shell, open, Scope.asList(selection)).open();
    }
}
