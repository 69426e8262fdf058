package org.fullsms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 3: a fatal error exits non-zero with one line naming what was being done; a lost output is an
 * error; impossible options fail at parsing, before any work.
 */
class FatalErrorsTest {

    @TempDir
    static Path dir;

    private static Path h5;

    @BeforeAll
    static void simulate() {
        h5 = CliRun.simulated(dir.resolve("x.h5"), 2);
    }

    /** A command that fails the way a real one can, after saying what it does. */
    private static Command failing(Throwable failure) {
        return new Command() {
            @Override
            public String name() {
                return "fail";
            }

            @Override
            public String summary() {
                return "fails";
            }

            @Override
            public String usage() {
                return "fullsms fail";
            }

            @Override
            public int run(List<String> args, PrintStream out, PrintStream err) {
                Activity.now("grouping big.h5");
                if (failure instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) failure;
            }
        };
    }

    private static CliRun run(Cli cli, PrintStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = cli.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, "", err.toString(StandardCharsets.UTF_8));
    }

    private static PrintStream discard() {
        return new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    }

    @Test
    void outOfMemoryExitsThreeWithOneLineNamingTheWorkAndTheFile() {
        CliRun run = run(new Cli(List.of(failing(new OutOfMemoryError("Java heap space")))), discard(), "fail");
        assertEquals(Cli.OUT_OF_MEMORY, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("out of memory while grouping big.h5"), run.err());
        assertTrue(run.err().contains("FULLSMS_HEAP"), run.err());
    }

    @Test
    void anOutOfMemoryErrorWrappedByALibraryIsStillOutOfMemory() {
        CliRun run = run(new Cli(List.of(failing(new IllegalStateException(new OutOfMemoryError("Java heap space"))))),
                discard(), "fail");
        assertEquals(Cli.OUT_OF_MEMORY, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void anotherErrorIsAnInternalErrorOnOneLine() {
        CliRun run = run(new Cli(List.of(failing(new StackOverflowError()))), discard(), "fail");
        assertEquals(Cli.INTERNAL_ERROR, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("internal error while grouping big.h5"), run.err());
    }

    /** What /dev/full does: every write fails. PrintStream swallows it; the exit code must not. */
    private static PrintStream full() {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, true, StandardCharsets.UTF_8);
    }

    @Test
    void aFailedWriteToStandardOutputIsAnError() {
        CliRun run = run(new Cli(), full(), "info", h5.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("standard output"), run.err());
    }

    @Test
    void aLostVersionLineIsAnErrorToo() {
        assertEquals(2, run(new Cli(), full(), "--version").exitCode());
    }

    /** Exit 2, one line naming the option, nothing on standard output: refused before any work. */
    private static void refusedAtParsing(String option, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(option), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anRoiThatIsNotTwoNumbersIsRefused() {
        refusedAtParsing("--roi", "analyze", h5.toString(), "--roi", "a:b");
    }

    @Test
    void anRoiThatEndsBeforeItStartsIsRefused() {
        refusedAtParsing("--roi", "analyze", h5.toString(), "--roi", "5:1");
    }

    @Test
    void aCorrelationOfTooManyBinsIsRefusedWithTheLimit() {
        refusedAtParsing("at most", "analyze", h5.toString(), "--correlate", "--window", "1e7", "--bin", "1e-4");
    }

    @Test
    void aValidRoiStillWorks() {
        CliRun run = CliRun.of("analyze", h5.toString(), "--roi", "0.5:1.5", "--group");
        assertEquals(0, run.exitCode(), run.err());
    }
}
