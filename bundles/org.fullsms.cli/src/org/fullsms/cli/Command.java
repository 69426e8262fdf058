package org.fullsms.cli;

import java.io.PrintStream;
import java.util.List;

/** One {@code fullsms <command>}. */
public interface Command {

    /** Exit code of a successful run. */
    int OK = 0;
    /** Exit code for bad usage, an unreadable file or invalid input: one line on stderr says why. */
    int USAGE = 2;

    String name();

    /** One line for {@code fullsms help}. */
    String summary();

    /** The synopsis lines shown by {@code fullsms help <command>}. */
    String usage();

    /**
     * Runs the command. Problems the user can fix throw {@link CliException}, whose message is printed as one
     * line.
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws CliException;
}
