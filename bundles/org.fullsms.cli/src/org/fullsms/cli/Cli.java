package org.fullsms.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fullsms.runtime.FullSms;
import org.fullsms.runtime.Services;

/**
 * Dispatches {@code fullsms <command> [args]}. Usable in-process (tests) and from {@link CliApplication}.
 * Every failure the user can cause ends as one line on stderr and exit code 2, never a stack trace; running out
 * of memory is exit code {@value #OUT_OF_MEMORY}, a defect exit code {@value #INTERNAL_ERROR} (docs/reliability.md).
 * Besides the built-in commands, it runs the {@link Command}s other bundles register as OSGi services.
 */
public final class Cli {

    /** Exit code of a defect: one line "internal error" with the exception, to be reported. */
    public static final int INTERNAL_ERROR = 1;
    /** Exit code when the heap was too small for the work: the line says how to give more. */
    public static final int OUT_OF_MEMORY = 3;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli() {
        this(List.of(new InfoCommand(), new SimulateCommand(), new ConvertCommand(), new AnalyzeCommand(),
                new ExportCommand(), new ExtensionsCommand(), new BenchmarkCommand()));
    }

    /** @param builtIn the commands that come first; then those of other bundles, then help */
    Cli(List<Command> builtIn) {
        builtIn.forEach(this::register);
        // Commands of extensions, registered as OSGi services (the extension point of the command line).
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

    /**
     * Runs one command line on the process's standard streams, as both launches do (the Equinox application and
     * {@link PlainLaunch}), and returns the exit code. {@link #run} reports the commands' failures itself; this
     * also catches a failure to set up (the services) and says so in one line.
     */
    static int launch(String[] args) {
        int code;
        try {
            code = new Cli().run(args, System.out, System.err);
        } catch (RuntimeException | Error e) {
            System.err.println("fullsms: internal error while starting: " + e);
            code = INTERNAL_ERROR;
        }
        System.out.flush();
        return code;
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
            return written(name, Command.OK, out, err);
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
        Activity.clear();
        try {
            int code = command.run(rest, out, err);
            return written(name, code, out, err);
        } catch (CliException e) {
            err.println("fullsms " + name + ": " + oneLine(e.getMessage()));
            return Command.USAGE;
        } catch (InvalidPathException e) {
            // Path.of refuses e.g. a NUL character; its message ("Nul character not allowed") names no path.
            err.println("fullsms " + name + ": '" + e.getInput().replace("\0", "\\0")
                    + "' is not a valid path: " + e.getReason().toLowerCase(java.util.Locale.ROOT));
            return Command.USAGE;
        } catch (RuntimeException | Error e) {
            if (outOfMemory(e)) {
                // The command's data is unreachable once its frames are gone, so this line can be printed.
                err.println("fullsms " + name + ": out of memory while " + Activity.describe("running " + name)
                        + "; give Java more with FULLSMS_HEAP (e.g. FULLSMS_HEAP=16g; now "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB) or select fewer particles");
                return OUT_OF_MEMORY;
            }
            // A defect, not a user error: still one line, with the type to make the report useful.
            err.println("fullsms " + name + ": internal error while " + Activity.describe("running " + name) + ": "
                    + oneLine(String.valueOf(e)));
            return INTERNAL_ERROR;
        } finally {
            Activity.clear();
        }
    }

    /** An OutOfMemoryError, also when a library wrapped it (an IllegalStateException around it was seen). */
    private static boolean outOfMemory(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /**
     * The exit code once the output is flushed: a PrintStream swallows write errors (a full disk, a closed pipe),
     * so a lost output would otherwise exit 0.
     */
    private static int written(String name, int code, PrintStream out, PrintStream err) {
        out.flush();
        if (out.checkError()) {
            err.println("fullsms " + name + ": the output could not be written to standard output"
                    + " (disk full or the reader closed it)");
            return Command.USAGE;
        }
        return code;
    }

    void printUsage(PrintStream stream) {
        stream.println("usage: fullsms [FILE ...]             open the workbench (with these files)");
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

    /**
     * A message as one line: names and values quoted from a damaged file (a PTU tag name, a session key) may hold
     * line breaks or other control characters, shown as \uFFFD.
     */
    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("[\\p{Cntrl}\\u0080-\\u009F\\u2028\\u2029]", "\uFFFD");
    }
}
