package org.fullsms.ui.help;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainerElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.fullsms.ui.EditorOpener;

/**
 * Opens the Help view beside the editor area, so that the guide can be read next to the tab it explains: in a
 * stack of its own to the right of the editor stack, made when first needed (where the user dragged the view
 * since, it stays). Closing the view removes it; the next F1 makes it again.
 */
public final class HelpViews {

    /** Element id of the stack the view is first put in. */
    static final String STACK_ID = "org.fullsms.ui.partstack.help";
    /** Share of the editor area's width the view takes when it is made. */
    private static final float WIDTH_SHARE = 0.4f;

    private HelpViews() {
    }

    /**
     * Shows the Help view at the section {@code anchor} (null: where it is, or the top when new).
     *
     * @param state {@link PartState#ACTIVATE} to read it (Help Contents), {@link PartState#VISIBLE} to keep working
     *              in the tab it explains (F1)
     */
    public static HelpView show(String anchor, PartState state, EPartService parts, EModelService models,
            MApplication app) {
        MPart part = parts.findPart(HelpView.ID);
        if (part == null) {
            part = models.createModelElement(MPart.class);
            part.setElementId(HelpView.ID);
            part.setContributionURI("bundleclass://org.fullsms.ui/" + HelpView.class.getName());
            part.setLabel("Help");
            part.setTooltip("The user guide: what each analysis does, its parameters and references");
            part.setCloseable(true);
            part.getTags().add(EPartService.REMOVE_ON_HIDE_TAG);
            place(part, models, app);
        }
        part = parts.showPart(part, state);
        HelpView view = part.getObject() instanceof HelpView v ? v : null;
        if (view != null && anchor != null) {
            view.show(anchor);
        }
        return view;
    }

    private static void place(MPart part, EModelService models, MApplication app) {
        MPartStack stack = models.createModelElement(MPartStack.class);
        stack.setElementId(STACK_ID);
        stack.getChildren().add(part);
        // the stack shows the view as its selected element: without it the tab can stay empty
        stack.setSelectedElement(part);
        MUIElement old = models.find(STACK_ID, app);
        if (old instanceof MPartStack previous && previous.getParent() != null) {
            if (previous.getChildren().stream().anyMatch(MUIElement::isToBeRendered)) {
                // views the user dragged into it: the guide joins them
                previous.getChildren().add(part);
                previous.setSelectedElement(part);
                return;
            }
            // the stack left empty when the view was closed: a new one in its place, as wide as it was (a hidden
            // stack shown again did not show a view added to it)
            MElementContainer<MUIElement> parent = previous.getParent();
            stack.setContainerData(previous.getContainerData());
            parent.getChildren().add(parent.getChildren().indexOf(previous), stack);
            parent.getChildren().remove(previous);
            return;
        }
        MUIElement editors = models.find(EditorOpener.EDITOR_STACK, app);
        if (editors instanceof MPartSashContainerElement relTo && editors.getParent() != null) {
            models.insert(stack, relTo, EModelService.RIGHT_OF, WIDTH_SHARE);
        } else {
            // no editor stack (a model changed by hand): beside the window's first element
            app.getChildren().get(0).getChildren().add(stack);
        }
    }
}
