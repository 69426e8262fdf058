package org.fullsms.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox application behind {@code ./fullsms <command>}: no display, no workbench. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        // Equinox would log a failure to start into the product folder and exit 13 with no line on the terminal.
        return Integer.valueOf(Cli.launch(args == null ? new String[0] : args));
    }

    @Override
    public void stop() {
        // Commands are short-lived and run to completion; nothing to interrupt.
    }
}
