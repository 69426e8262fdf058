package org.fullsms.ui.lifecycle;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.operations.DefaultOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.fullsms.analysis.cpa.CriticalValues;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.ui.DatasetOpener;
import org.fullsms.ui.jobs.ErrorLog;
import org.fullsms.ui.jobs.JobProgress;
import org.fullsms.ui.prefs.UiPreferences;
import org.fullsms.ui.handlers.OpenAnalysisHandler;
import org.fullsms.ui.handlers.SaveAnalysisHandler;
import org.fullsms.ui.session.ModifiedAnalyses;
import org.fullsms.ui.session.ModifiedMarker;
import org.fullsms.ui.session.SessionDialogs;
import org.fullsms.ui.session.SessionFiles;
import org.fullsms.ui.session.UnsavedWork;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Drops a saved window layout that no longer fits (see {@link PersistedLayout}); puts the workbench's
 * {@link OpenDatasets}, job progress and error log, operation history, session files, modified
 * analyses and session dialogs into the application context; once the window is up, shows the modified marker,
 * makes the window's close box ask about unsaved work as Exit does, offers the analyses a previous run left unsaved
 * and opens the files named on the command line; closes every file when the workbench shuts down.
 */
public class WorkbenchLifeCycle {

    /** Choices Edit &gt; Undo can go back. */
    private static final int UNDO_LIMIT = 100;

    private IEclipseContext context;

    private JobProgress progress;

    private Listener closeBox;

    @PostContextCreate
    void postContextCreate(IEclipseContext appContext) {
        StartupSplash.step("Starting the workbench services", 0.55);
        this.context = appContext;
        checkSavedLayout(appContext);
        OpenDatasets open = new OpenDatasets();
        appContext.set(OpenDatasets.class, open);
        warmUp();
        ErrorLog errors = new ErrorLog();
        progress = new JobProgress(errors);
        progress.install();
        appContext.set(ErrorLog.class, errors);
        appContext.set(JobProgress.class, progress);
        // one history per workbench, not the VM-wide default: tests run several workbenches in one VM
        IOperationHistory history = new DefaultOperationHistory();
        IUndoContext undoContext = new ObjectUndoContext(this, "Full SMS workbench");
        history.setLimit(undoContext, UNDO_LIMIT);
        appContext.set(IOperationHistory.class, history);
        appContext.set(IUndoContext.class, undoContext);
        ModifiedAnalyses modified = new ModifiedAnalyses(open);
        appContext.set(ModifiedAnalyses.class, modified);
        appContext.set(UnsavedWork.Prompt.class, new SessionDialogs());
        Path recovery = Platform.getStateLocation(FrameworkUtil.getBundle(getClass())).toPath().resolve("recovery");
        SessionFiles sessions = new SessionFiles(open, errors, modified, recovery);
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

    /**
     * Drops the layout saved by the previous run when the application model changed since or the user asked for
     * Window &gt; Reset Layout; this runs before e4 loads the model. Without a workspace ({@code -data @none}) e4
     * saves no layout.
     */
    private void checkSavedLayout(IEclipseContext appContext) {
        Location workspace = Platform.getInstanceLocation();
        IApplicationContext application = appContext.get(IApplicationContext.class);
        if (workspace == null || !workspace.isSet() || application == null) {
            return;
        }
        try {
            PersistedLayout layout = new PersistedLayout(
                    PersistedLayout.savedModelIn(Path.of(URIUtil.toURI(workspace.getURL()))),
                    InstanceScope.INSTANCE.getNode(UiPreferences.NODE));
            String model = "platform:/plugin/" + application.getBrandingProperty("applicationXMI");
            if (layout.discardIfStale(PersistedLayout.versionOf(URI.create(model).toURL().openStream()))) {
                ILog.of(getClass()).info("Window layout reset to the application model's");
            }
            appContext.set(PersistedLayout.class, layout);
        } catch (IOException | URISyntaxException e) {
            // the saved layout, if any, is used as it is
            ILog.of(getClass()).warn("Could not check the saved window layout: " + e.getMessage(), e);
        }
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

    /** The model is loaded (windows not drawn yet): the marker follows the analyses from now on. */
    @ProcessAdditions
    void processAdditions(MApplication app, EModelService models, UISynchronize sync) {
        StartupSplash.step("Opening the window", 0.85);
        Rectangle workArea = Display.getDefault().getPrimaryMonitor().getClientArea();
        app.getChildren().forEach(w -> WindowGeometry.fit(w, workArea));
        ModifiedMarker.install(app, models, context.get(ModifiedAnalyses.class), sync);
        closeBox = event -> askBeforeClosing(app, sync, event);
        Display.getDefault().addFilter(SWT.Close, closeBox);
    }

    /**
     * The close box of a window of this workbench asks about unsaved work as Exit does. A display filter sees the
     * close before the window's renderer, which would close at once (its close handler in the window's context
     * is set anew whenever it draws the window); a cancelled close stops here.
     */
    private void askBeforeClosing(MApplication app, UISynchronize sync, org.eclipse.swt.widgets.Event event) {
        MWindow w = app.getChildren().stream().filter(c -> c.getWidget() == event.widget && c.getContext() != null)
                .findFirst().orElse(null);
        if (w == null) {
            return; // a dialog, or a window of another workbench (tests run several in one VM)
        }
        UnsavedWork unsaved = SaveAnalysisHandler.unsavedWork(context.get(ModifiedAnalyses.class),
                context.get(SessionFiles.class), context.get(UnsavedWork.Prompt.class),
                w.getContext().get(EPartService.class), sync);
        IWorkbench workbench = context.get(IWorkbench.class);
        if (!unsaved.mayProceed("Exit", context.get(OpenDatasets.class).sessions(), workbench::close)) {
            event.doit = false;
            event.type = SWT.None; // not delivered to the window: it stays open
        }
    }

    @Inject
    @Optional
    void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        StartupSplash.close();
        MApplication app = context.get(MApplication.class);
        OpenAnalysisHandler.offerRecovery(app.getChildren().get(0));
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
        Display.getDefault().removeFilter(SWT.Close, closeBox);
        context.get(SessionFiles.class).stop();
        // Releasing photon memory and file handles on exit; nothing of the user's is written here.
        try {
            context.get(OpenDatasets.class).closeAll();
        } catch (java.io.IOException e) {
            // The process is ending; the file handles go with it.
        }
    }
}
