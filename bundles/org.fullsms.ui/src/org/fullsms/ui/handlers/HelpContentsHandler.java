package org.fullsms.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.fullsms.ui.help.HelpTopics;
import org.fullsms.ui.help.HelpViews;

/** Help &gt; Help Contents: the user guide from its start, in the Help view beside the editors. */
public class HelpContentsHandler {

    @Execute
    public void execute(EPartService parts, EModelService models, MApplication app) {
        HelpViews.show(HelpTopics.CONTENTS, PartState.ACTIVATE, parts, models, app);
    }
}
