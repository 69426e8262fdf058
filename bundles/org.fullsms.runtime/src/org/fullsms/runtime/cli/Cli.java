package org.fullsms.runtime.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fullsms.runtime.FullSms;
import org.fullsms.runtime.Services;

/**
 * Dispatches {@code fullsms <command> [args]}. Usable in-process (tests) and from {@link CliApplication}.
 * Every failure the user can cause ends as one line on stderr and exit code 2, never a stack trace. Besides the
 * built-in commands, it runs the {@link Command}s other bundles register as OSGi services.
 */
public final class Cli {

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli() {
        register(new InfoCommand());
        register(new SimulateCommand());
        register(new ConvertCommand());
        register(new AnalyzeCommand());
        register(new BenchmarkCommand());
        // Commands of other bundles (e.g. "export" of the session bundle), registered as OSGi services.
        for (Command c : Services.all(Command.class)) {
            commands.putIfAbsent(c.name(), c);
        }
        register(new HelpCommand(this));
    }

    private void register(Command command) {
        commands.put(command.name(), command);
    }

    Iterable<Command> commands() {
        return commands.values();
    }

    Command command(String name) {
        return commands.get(name);
    }

    /** Runs one command line and returns its exit code. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            printUsage(err);
            return Command.USAGE;
        }
        String name = args[0];
        if (name.equals("--version") || name.equals("-v") || name.equals("version")) {
            out.println("Full SMS " + FullSms.version());
            return Command.OK;
        }
        if (name.equals("--help") || name.equals("-h")) {
            name = "help";
        }
        Command command = commands.get(name);
        if (command == null) {
            err.println("fullsms: unknown command '" + name + "'");
            printUsage(err);
            return Command.USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return command.run(rest, out, err);
        } catch (CliException e) {
            err.println("fullsms " + name + ": " + e.getMessage());
            return Command.USAGE;
        } catch (RuntimeException e) {
            // A defect, not a user error: still one line, with the type to make the report useful.
            err.println("fullsms " + name + ": internal error: " + e);
            return 1;
        }
    }

    void printUsage(PrintStream stream) {
        stream.println("usage: fullsms [FILE.h5 ...]          open the workbench (with these files)");
        stream.println("       fullsms <command> [options]    run a headless command");
        stream.println("       fullsms --version");
        stream.println();
        stream.println("commands:");
        for (Command c : commands.values()) {
            stream.printf("  %-10s %s%n", c.name(), c.summary());
        }
        stream.println();
        stream.println("'fullsms help <command>' shows a command's options.");
    }
}
