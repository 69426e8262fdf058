package org.fullsms.ui.handlers;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.ui.session.ModifiedAnalyses;
import org.fullsms.ui.session.SessionFiles;
import org.fullsms.ui.session.UnsavedWork;

import jakarta.inject.Inject;

/**
 * Restarts the workbench after asking about unsaved analyses as Exit does (Save / Discard / Cancel). The workbench
 * exits with code 23, on which {@code ./fullsms} starts it again (the native Eclipse launcher would too). Made with
 * {@code ContextInjectionFactory.make} from a window context.
 */
public final class WorkbenchRestart {

    @Inject
    private IWorkbench workbench;
    @Inject
    private OpenDatasets open;
    @Inject
    private ModifiedAnalyses modified;
    @Inject
    private SessionFiles files;
    @Inject
    private UnsavedWork.Prompt prompt;
    @Inject
    private EPartService parts;
    @Inject
    private UISynchronize sync;

    /** Restarts now, or once unsaved work is settled; does nothing when the user cancels. */
    public void restart(String what) {
        restart(what, () -> {
            // nothing to prepare
        });
    }

    /**
     * Restarts now, or once unsaved work is settled; does nothing when the user cancels.
     *
     * @param what what asks for the restart, named in the unsaved-work dialog ("Reset Layout")
     * @param beforeRestart runs just before the restart, not at all when cancelled
     */
    public void restart(String what, Runnable beforeRestart) {
        Runnable restart = () -> {
            beforeRestart.run();
            workbench.restart();
        };
        if (SaveAnalysisHandler.unsavedWork(modified, files, prompt, parts, sync).mayProceed(what, open.sessions(),
                restart)) {
            restart.run();
        }
    }
}
