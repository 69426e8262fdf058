package org.fullsms.ui.lifecycle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;
import org.fullsms.analysis.cpa.CriticalValues;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.ui.DatasetOpener;
import org.fullsms.ui.actions.AnalysisExtras;
import org.fullsms.ui.jobs.ErrorLog;
import org.fullsms.ui.jobs.JobProgress;
import org.fullsms.ui.session.SessionFiles;
import org.fullsms.ui.undo.UndoStack;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Puts the workbench's {@link OpenDatasets}, job progress and error log, undo stack and analysis extras into the
 * application context, opens the files named on the command
 * line once the window is up, and closes every file when the workbench shuts down.
 */
public class WorkbenchLifeCycle {

    private IEclipseContext context;

    private JobProgress progress;

    @PostContextCreate
    void postContextCreate(IEclipseContext appContext) {
        this.context = appContext;
        OpenDatasets open = new OpenDatasets();
        appContext.set(OpenDatasets.class, open);
        warmUp();
        ErrorLog errors = new ErrorLog();
        progress = new JobProgress(errors);
        progress.install();
        appContext.set(ErrorLog.class, errors);
        appContext.set(JobProgress.class, progress);
        appContext.set(UndoStack.class, new UndoStack());
        AnalysisExtras extras = new AnalysisExtras();
        appContext.set(AnalysisExtras.class, extras);
        SessionFiles sessions = new SessionFiles(open, errors, extras);
        sessions.start();
        appContext.set(SessionFiles.class, sessions);
        // one per workbench (not a DI singleton, so a second workbench in the same VM gets its own datasets),
        // made on first use, when the UI services it injects exist
        appContext.set(DatasetOpener.class.getName(), new ContextFunction() {
            private DatasetOpener opener;

            @Override
            public Object compute(IEclipseContext c, String key) {
                if (opener == null) {
                    opener = ContextInjectionFactory.make(DatasetOpener.class, appContext);
                }
                return opener;
            }
        });
    }

    /** Loads the critical-value tables off the UI thread, so the first Resolve does not wait for them there. */
    private static void warmUp() {
        Job job = Job.create("Loading critical values", monitor -> {
            CriticalValues.forConfidence(99);
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    @Inject
    @Optional
    void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        List<Path> files = new ArrayList<>();
        for (String arg : Platform.getApplicationArgs()) {
            if (!arg.startsWith("-")) {
                files.add(Path.of(arg));
            }
        }
        if (!files.isEmpty()) {
            context.get(DatasetOpener.class).open(files);
        }
    }

    @PreSave
    void preSave() {
        progress.uninstall();
        context.get(SessionFiles.class).stop();
        // Releasing photon memory and file handles on exit; nothing of the user's is written here.
        try {
            context.get(OpenDatasets.class).closeAll();
        } catch (java.io.IOException e) {
            // The process is ending; the file handles go with it.
        }
    }
}
