package org.fullsms.cli;

import org.fullsms.runtime.Services;

/**
 * The command line without an OSGi framework: {@code java -cp <the product's headless bundles> org.fullsms.cli.PlainLaunch
 * COMMAND ...}, as {@code ./fullsms} runs it. Starting Equinox, resolving 120 bundles and activating DS costs about
 * a second before any work; on a flat class path the same commands, importers, analyses and exporters (extensions
 * installed into the product included) are found through their DS component descriptions
 * ({@code org.fullsms.runtime.ClasspathComponents}). The Equinox application {@code org.fullsms.cli.application}
 * remains, for running inside an Eclipse installation.
 */
public final class PlainLaunch {

    private PlainLaunch() {
    }

    public static void main(String[] args) {
        int code = Cli.launch(args);
        // components are made when first needed, so what could not be made is known at the end
        for (String problem : Services.classpathProblems()) {
            System.err.println("fullsms: warning: " + problem);
        }
        System.exit(code);
    }
}
