package org.fullsms.ui.handlers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.runtime.FullSms;

/** Help > About: version and the licences of the bundled libraries. */
public class AboutHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        MessageDialog.openInformation(shell, "About Full SMS", "Full SMS " + FullSms.version() + "\n\n" + licences());
    }

    private static String licences() {
        try (InputStream in = AboutHandler.class.getResourceAsStream("/about/licences.txt")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "Licence list unavailable: " + e.getMessage();
        }
    }
}
