package org.fullsms.cli.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.fullsms.cli.Cli;

/**
 * Runs {@code new Cli().run(args, out, err)} in-process on a worker thread with a timeout. A call that does not
 * return in time is reported as a hang; its thread is abandoned (daemon) and a fresh worker takes the next call.
 */
final class FuzzRunner implements AutoCloseable {

    /**
     * What one call did: exit code (or -1), printed text, what escaped {@code run} (or null) and, for a call that
     * did not return in time, where it was (the innermost Full SMS frame of its stack), else null.
     */
    record Outcome(int exitCode, String out, String err, Throwable thrown, String hungAt) {

        boolean hung() {
            return hungAt != null;
        }
    }

    private final long timeoutMillis;
    private volatile Thread thread;
    private ExecutorService worker = newWorker();

    FuzzRunner(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    Outcome run(String[] args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Future<Integer> call = worker.submit(() -> new Cli().run(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        try {
            int code = call.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return new Outcome(code, text(out), text(err), null, null);
        } catch (ExecutionException e) {
            return new Outcome(-1, text(out), text(err), e.getCause(), null);
        } catch (TimeoutException e) {
            String at = where(thread);
            call.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new Outcome(-1, text(out), text(err), null, at);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("fuzz run interrupted", e);
        }
    }

    private static String text(ByteArrayOutputStream stream) {
        synchronized (stream) {
            return stream.toString(StandardCharsets.UTF_8);
        }
    }

    /**
     * Where a hung call is busy: the innermost Full SMS frame (class.method) of a running thread other than the
     * test's, preferring a worker of the call (analyze runs particles on a pool) over the calling thread.
     */
    private static String where(Thread caller) {
        String found = frame(caller.getStackTrace());
        for (var e : Thread.getAllStackTraces().entrySet()) {
            Thread t = e.getKey();
            if (t != caller && t != Thread.currentThread() && t.getState() == Thread.State.RUNNABLE) {
                String f = frame(e.getValue());
                if (f != null && !f.contains("fuzz")) {
                    found = f;
                }
            }
        }
        return found == null ? "(unknown)" : found;
    }

    private static String frame(StackTraceElement[] stack) {
        for (StackTraceElement f : stack) {
            if (f.getClassName().startsWith("org.fullsms.")) {
                return f.getClassName() + "." + f.getMethodName();
            }
        }
        return null;
    }

    private ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-cli");
            t.setDaemon(true);
            thread = t;
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
