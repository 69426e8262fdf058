package org.fullsms.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.ui.session.ModifiedAnalyses;
import org.fullsms.ui.session.SessionFiles;
import org.fullsms.ui.session.UnsavedWork;

/** File &gt; Exit (Ctrl+Q): asks Save / Discard / Cancel for modified analyses, then closes the workbench. */
public class ExitHandler {

    @Execute
    public void execute(IWorkbench workbench, OpenDatasets open, ModifiedAnalyses modified, SessionFiles files,
            UnsavedWork.Prompt prompt, EPartService parts, UISynchronize sync) {
        if (SaveAnalysisHandler.unsavedWork(modified, files, prompt, parts, sync).mayProceed("Exit", open.sessions(),
                workbench::close)) {
            workbench.close();
        }
    }
}
