package org.fullsms.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;

import org.fullsms.cli.fuzz.FuzzTarget.Call;
import org.fullsms.cli.fuzz.Verdict.Kind;
import org.junit.jupiter.api.Test;

/** The harness itself: reproducible mutations, and a verdict for each way a command can misbehave. */
class FuzzHarnessTest {

    private static final Path TMP = Path.of("/tmp/fuzz-x");
    private static final Call INFO = new Call(new String[] { "info", "/tmp/fuzz-x/run-7/input.h5" }, null);

    @Test
    void theSameSeedGivesTheSameMutation() {
        byte[] csv = FuzzTargets.photonCsv(true);
        for (int i = 0; i < 200; i++) {
            Mutator.Mutation a = Mutator.mutate(csv, true, new Random(i));
            Mutator.Mutation b = Mutator.mutate(csv, true, new Random(i));
            assertArrayEquals(a.bytes(), b.bytes());
            assertEquals(a.description(), b.description());
        }
    }

    @Test
    void anAllowListEntryMatchesItsKindCommandAndLineOnly() {
        KnownFailures.Known k = KnownFailures.known(Kind.HANG, "(info|analyze)", "busy in org\\.fullsms\\.io\\.",
                "a reason");
        assertTrue(k.matches(new Verdict(Kind.HANG, "info", "no return in time, busy in org.fullsms.io.hdf5.X")));
        assertFalse(k.matches(new Verdict(Kind.HANG, "export", "no return in time, busy in org.fullsms.io.hdf5.X")));
        assertFalse(k.matches(new Verdict(Kind.EXIT2, "info", "no return in time, busy in org.fullsms.io.hdf5.X")));
        assertFalse(k.matches(new Verdict(Kind.HANG, "info", "busy in org.fullsms.analysis.X")));
    }

    @Test
    void eachMisbehaviourHasItsKind() {
        assertEquals(Kind.OK, verdict(0, "{}", "").kind());
        assertEquals(Kind.SILENT, verdict(0, "", "").kind());
        assertEquals(Kind.EXIT2, verdict(2, "", "fullsms info: /tmp/fuzz-x/run-7/input.h5: truncated file\n").kind());
        assertEquals(Kind.EXIT2, verdict(2, "", "Particle 1: levels: error: x\nfullsms info: none\n").kind());
        assertEquals(Kind.MULTI_LINE, verdict(2, "", "fullsms info: bad\nsecond line\n").kind());
        assertEquals(Kind.STACK_TRACE, verdict(2, "", "fullsms info: bad\n\tat org.x.Y.z(Y.java:1)\n").kind());
        assertEquals(Kind.INTERNAL_ERROR, verdict(1, "", "fullsms info: internal error: java.lang.NullPointerException\n").kind());
        assertEquals(Kind.BAD_EXIT, verdict(3, "", "").kind());
        assertEquals(Kind.UNCAUGHT, Verdict.of(INFO, new FuzzRunner.Outcome(-1, "", "", new OutOfMemoryError(), null), TMP).kind());
        assertEquals(Kind.HANG, Verdict.of(INFO, new FuzzRunner.Outcome(-1, "", "", null, "a.B.c"), TMP).kind());
    }

    @Test
    void signaturesGroupByMessageWithoutPathsAndNumbers() {
        Verdict v = verdict(2, "", "fullsms info: /tmp/fuzz-x/run-7/input.h5: ends at byte 613505, has 61350 (HDF5)\n");
        assertEquals("EXIT2 info: fullsms info: <work>/input.h5: ends at byte N, has N (HDF5)", v.signature());
        assertTrue(verdict(2, "", "fullsms info: x\n").line().startsWith("fullsms info"));
    }

    private static Verdict verdict(int code, String out, String err) {
        return Verdict.of(INFO, new FuzzRunner.Outcome(code, out, err, null, null), TMP);
    }
}
