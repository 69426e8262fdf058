package org.fullsms.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.junit.jupiter.api.Test;

/** What the Error Log part shows also reaches the platform log, with plug-in id, file, particle and exception. */
class ErrorLogTest {

    private static final String RUNTIME = "org.fullsms.runtime";

    @Test
    void problemsAlsoGoToThePlatformLog() throws InterruptedException {
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> {
            if (status.getMessage().startsWith("Change points")) {
                logged.add(status);
            }
        };
        Platform.addLogListener(listener);
        try {
            ErrorLog errors = new ErrorLog();
            MultiStatus result = new MultiStatus(RUNTIME, 0, "Change points: 2 particles failed", null);
            result.add(new Status(IStatus.WARNING, RUNTIME, "logtest.h5 Particle 2: too few photons"));
            result.add(new Status(IStatus.ERROR, RUNTIME, "logtest.h5 Particle 3: failed", new IllegalStateException("x")));
            errors.addIfProblem("Change points: 3 particles", result);
            errors.addIfProblem("Change points: confirmation", Status.info("Change points: 3 particles resolved"));

            long deadline = System.currentTimeMillis() + 5000;
            while (logged.size() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20); // the platform may hand entries to listeners on its own thread
            }
            assertEquals(2, errors.entries().size(), "the Error Log part's entries");
            assertEquals(2, logged.size(), "one platform log entry per problem, none for a confirmation: " + logged);
            IStatus warning = logged.get(0);
            assertEquals(IStatus.WARNING, warning.getSeverity());
            assertEquals(RUNTIME, warning.getPlugin());
            assertEquals("Change points: 3 particles: logtest.h5 Particle 2: too few photons", warning.getMessage());
            IStatus error = logged.get(1);
            assertEquals(IStatus.ERROR, error.getSeverity());
            assertInstanceOf(IllegalStateException.class, error.getException(), "the log keeps the stack trace");
        } finally {
            Platform.removeLogListener(listener);
        }
    }
}
