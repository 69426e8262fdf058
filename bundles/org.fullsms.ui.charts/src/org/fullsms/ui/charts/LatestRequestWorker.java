package org.fullsms.ui.charts;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs submitted tasks one at a time on an executor, dropping tasks that were superseded before they started:
 * zooming, panning and resizing send many refresh requests and only the newest one matters. Plain Java,
 * thread-safe.
 */
final class LatestRequestWorker {

	private final Executor executor;
	private final AtomicReference<Runnable> pending = new AtomicReference<>();
	private final AtomicBoolean running = new AtomicBoolean();

	/** @param executor runs the worker loop, e.g. {@link JobExecutor} */
	LatestRequestWorker(Executor executor) {
		this.executor = executor;
	}

	/**
	 * Replaces any task not yet started by this one and makes sure a worker runs.
	 *
	 * @param task the task
	 */
	void submit(Runnable task) {
		pending.set(task);
		kick();
	}

	private void kick() {
		if (pending.get() != null && running.compareAndSet(false, true)) {
			executor.execute(this::drain);
		}
	}

	private void drain() {
		try {
			Runnable task;
			while ((task = pending.getAndSet(null)) != null) {
				task.run();
			}
		} finally {
			running.set(false);
			// a task submitted between the last poll and the reset above still needs a worker
			kick();
		}
	}
}
