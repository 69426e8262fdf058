package org.fullsms.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.fullsms.ui.help.HelpTopics;
import org.fullsms.ui.help.HelpViews;

import jakarta.inject.Named;

/**
 * F1 (Help &gt; Help for This View): the guide at the section of the particle editor's shown tab or of the active
 * view, shown beside it; the focus stays where it was.
 */
public class ContextHelpHandler {

    @Execute
    public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active, EPartService parts,
            EModelService models, MApplication app) {
        HelpViews.show(HelpTopics.of(active), PartState.VISIBLE, parts, models, app);
    }
}
