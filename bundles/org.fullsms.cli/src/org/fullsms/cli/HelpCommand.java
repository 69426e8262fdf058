package org.fullsms.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code fullsms help [command]}. */
final class HelpCommand implements Command {

    private final Cli cli;

    HelpCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String summary() {
        return "list the commands, or show one command's options";
    }

    @Override
    public String usage() {
        return "fullsms help [COMMAND]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        if (args.isEmpty()) {
            cli.printUsage(out);
            return OK;
        }
        Command command = cli.command(args.get(0));
        if (command == null) {
            throw new CliException("unknown command '" + args.get(0) + "'");
        }
        out.println(command.summary());
        out.println();
        out.println("usage: " + command.usage());
        return OK;
    }
}
