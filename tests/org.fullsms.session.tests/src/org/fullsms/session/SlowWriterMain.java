package org.fullsms.session;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Child process of {@link CrashSafetyTest}: writes a large session slowly, printing {@code WRITING} once part of
 * it is on disk, so the test can kill the process in the middle of the write.
 * Arguments: DATA_FILE TARGET.
 */
public final class SlowWriterMain {

    /** Bytes written before the signal; the write then continues slowly. */
    static final int SIGNAL_AFTER = 64 * 1024;

    private SlowWriterMain() {
    }

    public static void main(String[] args) throws IOException {
        SessionSnapshot snapshot = Synthetic.snapshot(Path.of(args[0]), 60, 3, 800, false);
        SessionWriter.write(snapshot, Path.of(args[1]), "slow writer", SlowWriterMain::slow);
        System.out.println("FINISHED"); // not reached when the test kills us in time
    }

    private static OutputStream slow(OutputStream out) {
        return new FilterOutputStream(out) {
            private long written;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                long before = written;
                written += len;
                if (before < SIGNAL_AFTER && written >= SIGNAL_AFTER) {
                    System.out.println("WRITING");
                    System.out.flush();
                }
                if (written >= SIGNAL_AFTER) {
                    pause();
                }
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] { (byte) b }, 0, 1);
            }
        };
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
