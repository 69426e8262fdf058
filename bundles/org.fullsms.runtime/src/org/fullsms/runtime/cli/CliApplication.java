package org.fullsms.runtime.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox application behind {@code ./fullsms <command>}: no display, no workbench. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        int code = new Cli().run(args == null ? new String[0] : args, System.out, System.err);
        System.out.flush();
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // Commands are short-lived and run to completion; nothing to interrupt.
    }
}
