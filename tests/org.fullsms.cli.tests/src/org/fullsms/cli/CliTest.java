package org.fullsms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The dispatcher's contract: versions, help, and exit code 2 with the usage for unknown commands. */
class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void versionPrintsTheBundleVersionAndSucceeds() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches("Full SMS \\d+\\.\\d+\\.\\d+.*\\R"), out::toString);
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, run("help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("help"));
    }

    @Test
    void unknownCommandExitsTwoWithTheUsage() {
        assertEquals(2, run("frobnicate"));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("fullsms: unknown command 'frobnicate'"), text);
        assertTrue(text.contains("usage: fullsms"), text);
    }

    @Test
    void noArgumentIsAUsageError() {
        assertEquals(2, run());
    }
}
