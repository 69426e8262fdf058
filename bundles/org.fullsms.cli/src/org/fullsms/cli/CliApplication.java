package org.fullsms.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox application behind {@code ./fullsms <command>}: no display, no workbench. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        int code;
        try {
            code = new Cli().run(args == null ? new String[0] : args, System.out, System.err);
        } catch (RuntimeException | Error e) {
            // Cli.run reports the commands' failures itself; this is for setting it up (services). Equinox would
            // log it into the product folder and exit 13 with no line on the terminal.
            System.err.println("fullsms: internal error while starting: " + e);
            code = Cli.INTERNAL_ERROR;
        }
        System.out.flush();
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // Commands are short-lived and run to completion; nothing to interrupt.
    }
}
