package org.fullsms.cli;

/**
 * What the running command is doing, in words ("analysing x.h5"), so that a fatal error anywhere in it (an
 * OutOfMemoryError has no useful message of its own) is reported as one line naming the work and the file.
 * Per thread, since tests run commands in-process.
 */
public final class Activity {

    private static final ThreadLocal<String> NOW = new ThreadLocal<>();

    private Activity() {
    }

    /** Sets what the command on this thread is doing, e.g. "writing the exports of s.smsa into out/". */
    public static void now(String doing) {
        NOW.set(doing);
    }

    /** What is being done, or {@code fallback} when the command has not said. */
    static String describe(String fallback) {
        String doing = NOW.get();
        return doing == null ? fallback : doing;
    }

    static void clear() {
        NOW.remove();
    }
}
