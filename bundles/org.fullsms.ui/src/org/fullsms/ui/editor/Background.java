package org.fullsms.ui.editor;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * Computes what a tab draws in a system job and hands it to the UI thread; only the newest request's result is
 * applied (an older one finishing late is dropped), and nothing is applied once the control is disposed.
 */
public final class Background {

    private final Control owner;
    private int generation;
    private int applied;

    public Background(Control owner) {
        this.owner = owner;
    }

    public <T> void run(String name, Callable<T> work, Consumer<T> apply, Consumer<String> fail) {
        int mine = ++generation;
        Job job = Job.create(name, monitor -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | OutOfMemoryError e) {
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                deliver(mine, () -> fail.accept(message));
                return Status.OK_STATUS;
            }
            deliver(mine, () -> apply.accept(result));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void deliver(int mine, Runnable r) {
        if (owner.isDisposed()) {
            return;
        }
        owner.getDisplay().asyncExec(() -> {
            if (!owner.isDisposed() && mine == generation) {
                applied = mine;
                r.run();
            }
        });
    }

    /** True while a request has not been applied yet (for tests). */
    public boolean isBusy() {
        return applied != generation;
    }
}
