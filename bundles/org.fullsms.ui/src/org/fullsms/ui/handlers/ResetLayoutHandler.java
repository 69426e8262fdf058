package org.fullsms.ui.handlers;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.ui.lifecycle.PersistedLayout;

import jakarta.inject.Named;

/**
 * Window &gt; Reset Layout: restarts Full SMS with the views where the application model puts them. Pure e4 has
 * no in-place reset for a window without perspectives, so the saved layout is dropped at the next start and the
 * workbench restarts; unsaved analyses are asked for as on Exit.
 */
public class ResetLayoutHandler {

    @CanExecute
    public boolean canExecute(@Optional PersistedLayout layout) {
        return layout != null; // none without a workspace: then no layout is saved either
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, PersistedLayout layout,
            IEclipseContext context) {
        if (!MessageDialog.openQuestion(shell, "Reset Layout",
                "Full SMS restarts with every view in its first place and size. Restart now?")) {
            return;
        }
        ContextInjectionFactory.make(WorkbenchRestart.class, context).restart("Reset Layout",
                layout::resetAtNextStart);
    }
}
