package org.fullsms.ui.charts;

import java.util.concurrent.Executor;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Runs each task in its own short system {@link Job} (hidden from the Progress view): chart decimation is
 * background work that must never run on the UI thread. The default executor of {@link PlotCanvas}.
 */
public final class JobExecutor implements Executor {

	private final String name;

	/** @param name job name, e.g. "Chart refresh" */
	public JobExecutor(String name) {
		this.name = name;
	}

	@Override
	public void execute(Runnable task) {
		Job job = Job.create(name, monitor -> {
			task.run();
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setPriority(Job.INTERACTIVE);
		job.schedule();
	}
}
