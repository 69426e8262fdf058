package org.fullsms.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LatestRequestWorkerTest {

	@Test
	void runsOnlyTheNewestWaitingTaskAndOneWorkerAtATime() {
		ArrayDeque<Runnable> queued = new ArrayDeque<>();
		LatestRequestWorker worker = new LatestRequestWorker(queued::add);
		List<String> ran = new ArrayList<>();
		worker.submit(() -> ran.add("a"));
		worker.submit(() -> ran.add("b"));
		worker.submit(() -> ran.add("c"));
		assertEquals(1, queued.size(), "one worker for three requests");
		queued.poll().run();
		assertEquals(List.of("c"), ran);
		worker.submit(() -> ran.add("d"));
		assertEquals(1, queued.size(), "a new worker once the first finished");
		queued.poll().run();
		assertEquals(List.of("c", "d"), ran);
	}

	@Test
	void aTaskSubmittedWhileRunningRunsAfterwards() {
		ArrayDeque<Runnable> queued = new ArrayDeque<>();
		LatestRequestWorker worker = new LatestRequestWorker(queued::add);
		List<String> ran = new ArrayList<>();
		worker.submit(() -> {
			ran.add("first");
			worker.submit(() -> ran.add("second"));
		});
		queued.poll().run();
		assertEquals(List.of("first", "second"), ran);
		assertEquals(0, queued.size());
	}
}
