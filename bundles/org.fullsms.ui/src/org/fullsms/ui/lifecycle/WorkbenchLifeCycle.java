package org.fullsms.ui.lifecycle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.ui.DatasetOpener;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Puts the workbench's {@link OpenDatasets} into the application context, opens the files named on the command
 * line once the window is up, and closes every file when the workbench shuts down.
 */
public class WorkbenchLifeCycle {

    private IEclipseContext context;

    @PostContextCreate
    void postContextCreate(IEclipseContext appContext) {
        this.context = appContext;
        appContext.set(OpenDatasets.class, new OpenDatasets());
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
        // Releasing photon memory and file handles on exit; nothing of the user's is written here.
        try {
            context.get(OpenDatasets.class).closeAll();
        } catch (java.io.IOException e) {
            // The process is ending; the file handles go with it.
        }
    }
}
