package org.fullsms.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.inject.Named;

/** Window &gt; Progress / Error Log: shows the part named by the command parameter. */
public class ShowPartHandler {

    /** Command parameter: the part's element id. */
    public static final String PARAMETER = "org.fullsms.ui.commandparameter.part";

    @Execute
    public void execute(EPartService parts, @Named(PARAMETER) String partId) {
        parts.showPart(partId, PartState.ACTIVATE);
    }
}
