package org.fullsms.cli.fuzz;

import java.nio.file.Path;

/**
 * One command under fuzz: the valid input it mutates and how a mutated copy is run.
 *
 * @param name     e.g. {@code "info v1_0_converter.h5"}; printed with each finding
 * @param seed     the valid input, mutated afresh for every run
 * @param text     whether the text mutations apply too (CSV, IRF, session JSON)
 * @param fileName the name the mutated copy gets (the suffix chooses the reader)
 * @param call     the command line for a mutated copy at {@code input}, writing under {@code work}
 */
record FuzzTarget(String name, byte[] seed, boolean text, String fileName, Invocation call) {

    interface Invocation {
        Call of(Path input, Path work);
    }

    /**
     * @param args   the command line, starting with the command
     * @param output what exit code 0 must have written: a file, a non-empty folder, or (null) standard output
     */
    record Call(String[] args, Path output) {

        String command() {
            return args[0];
        }
    }
}
