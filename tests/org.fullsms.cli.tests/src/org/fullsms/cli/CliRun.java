package org.fullsms.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Runs the command line in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A small simulated file (seed 5) for a test's fixture; a failure to make it is an error of the test. */
    static java.nio.file.Path simulated(java.nio.file.Path out, int durationS) {
        CliRun run = of("simulate", "--out", out.toString(), "--duration", String.valueOf(durationS), "--seed", "5");
        if (run.exitCode() != 0) {
            throw new IllegalStateException("simulate failed: " + run.err());
        }
        return out;
    }

    JsonObject json() {
        return JsonParser.parseString(out).getAsJsonObject();
    }
}
