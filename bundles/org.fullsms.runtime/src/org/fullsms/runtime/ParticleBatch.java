package org.fullsms.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Runs one task per item (particle) on all cores, reports progress per finished item on the caller's monitor and
 * stops promptly on cancel. A failing item does not stop the others: its outcome carries the message.
 */
public final class ParticleBatch {

    /** The work on one item; throw to report a failure of that item only. */
    @FunctionalInterface
    public interface Task<T, R> {
        R run(T item, IProgressMonitor monitor) throws Exception;
    }

    /** Takes the outcomes in item order, each as soon as it and every item before it are done. */
    @FunctionalInterface
    public interface Sink<T, R, X extends Exception> {
        void accept(Outcome<T, R> outcome) throws X;
    }

    /** What happened to one item: a value, or an error message. */
    public record Outcome<T, R>(T item, R value, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private ParticleBatch() {
    }

    /** Worker threads: every core (the caller mostly waits). */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** The items that finished (in item order) out of {@code total}; fewer when the batch was cancelled. */
    public record Finished<T, R>(List<Outcome<T, R>> outcomes, int total) {
        public boolean cancelled() {
            return outcomes.size() < total;
        }

        /** What a cancelled batch kept, for the job's status: "Change points: cancelled — 37 of 100 particles done and kept". */
        public String cancelMessage(String what) {
            return what + ": cancelled \u2014 " + outcomes.size() + " of " + total + (total == 1 ? " particle" : " particles")
                    + " done and kept";
        }
    }

    /**
     * Runs {@code task} on every item until the monitor is cancelled and returns the outcomes handed over so far
     * (every finished item up to the first unfinished one), so that a cancel keeps the work already done.
     */
    public static <T, R> Finished<T, R> runKeeping(String name, List<T> items, Task<T, R> task, int threads,
            IProgressMonitor monitor) {
        List<Outcome<T, R>> kept = new ArrayList<>(items.size());
        try {
            forEachInOrder(name, items, task, threads, monitor, kept::add);
        } catch (OperationCanceledException e) {
            // the outcomes handed over before the cancel are kept
        }
        return new Finished<>(List.copyOf(kept), items.size());
    }

    /**
     * Runs {@code task} on every item and returns the outcomes in item order.
     *
     * @throws OperationCanceledException when the monitor is cancelled; no partial results are returned
     */
    public static <T, R> List<Outcome<T, R>> run(String name, List<T> items, Task<T, R> task, int threads,
            IProgressMonitor monitor) {
        List<Outcome<T, R>> outcomes = new ArrayList<>(items.size());
        forEachInOrder(name, items, task, threads, monitor, outcomes::add);
        return List.copyOf(outcomes);
    }

    /**
     * Runs {@code task} on every item and hands each outcome to {@code sink} (on the caller's thread) in item order
     * as soon as it and the ones before it are done; the batch holds no outcome after handing it over, so a sink
     * that writes results out keeps memory bounded by the items in flight.
     *
     * @throws OperationCanceledException when the monitor is cancelled; later outcomes are not handed over
     * @throws X                          what the sink throws; the remaining work is stopped
     */
    public static <T, R, X extends Exception> void forEachInOrder(String name, List<T> items, Task<T, R> task,
            int threads, IProgressMonitor monitor, Sink<T, R, X> sink) throws X {
        SubMonitor progress = SubMonitor.convert(monitor, name, items.size());
        AtomicBoolean canceled = new AtomicBoolean();
        // Tasks see a cancel of the caller's monitor at once (reading isCanceled is safe from any thread).
        IProgressMonitor itemMonitor = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return canceled.get() || (monitor != null && monitor.isCanceled());
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, items.size())), r -> {
            Thread t = new Thread(r, "Full SMS " + name);
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<Integer> done = new ExecutorCompletionService<>(pool);
            List<Outcome<T, R>> outcomes = new ArrayList<>(items.size());
            List<Future<Integer>> futures = new ArrayList<>(items.size());
            boolean[] finishedItems = new boolean[items.size()];
            int next = 0;
            for (int i = 0; i < items.size(); i++) {
                outcomes.add(null);
                int index = i;
                futures.add(done.submit(() -> {
                    T item = items.get(index);
                    if (itemMonitor.isCanceled()) {
                        throw new OperationCanceledException(); // queued work is skipped, not started
                    }
                    try {
                        outcomes.set(index, new Outcome<>(item, task.run(item, itemMonitor), null));
                    } catch (OperationCanceledException e) {
                        throw e;
                    } catch (Exception | StackOverflowError e) {
                        String message = e.getMessage() == null ? e.toString() : e.getMessage();
                        outcomes.set(index, new Outcome<>(item, null, message));
                    }
                    return index;
                }));
            }
            for (int finished = 0; finished < items.size();) {
                if (progress.isCanceled()) {
                    canceled.set(true);
                    futures.forEach(f -> f.cancel(true));
                    throw new OperationCanceledException();
                }
                Future<Integer> f = done.poll(50, TimeUnit.MILLISECONDS);
                if (f == null) {
                    continue;
                }
                int index;
                try {
                    index = f.get();
                    finishedItems[index] = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof OperationCanceledException oce) {
                        throw oce;
                    }
                    throw new IllegalStateException(e.getCause());
                }
                finished++;
                progress.worked(1);
                // What the Progress view's "Doing" column shows: how far, and the item just done.
                progress.subTask(finished + " of " + items.size() + " done (last: " + items.get(index) + ")");
                // Future.get() of each finished task happened-before these reads, so its outcome is visible.
                for (; next < items.size() && finishedItems[next]; next++) {
                    sink.accept(outcomes.get(next));
                    outcomes.set(next, null);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            canceled.set(true);
            throw new OperationCanceledException();
        } finally {
            pool.shutdownNow();
        }
    }
}
