package org.fullsms.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.ui.prefs.PreferencePages;

import jakarta.inject.Named;

/** Window &gt; Preferences…: the pages of every preference page contribution, the analysis settings among them. */
public class PreferencesHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        PreferencePages.dialog(shell).open();
    }
}
