package org.fullsms.ui.dnd;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Control;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

/**
 * Keeps the editor stack a drop target for data files. The stack's widget (a tab folder) is created after the
 * navigator and again whenever the stack is re-rendered, so the drop target is added on each widget change.
 */
public final class EditorAreaDrop {

    /** Element id of the editor stack in the application model. */
    public static final String EDITOR_STACK_ID = "org.fullsms.app.editorstack";

    private final IEventBroker broker;
    private final Consumer<List<Path>> open;
    private final EventHandler widgetSet = this::widgetSet;

    private EditorAreaDrop(IEventBroker broker, Consumer<List<Path>> open) {
        this.broker = broker;
        this.open = open;
    }

    /** Starts following the editor stack; {@link #dispose()} stops. */
    public static EditorAreaDrop follow(EModelService models, MApplication application, IEventBroker broker,
            Consumer<List<Path>> open) {
        EditorAreaDrop drop = new EditorAreaDrop(broker, open);
        broker.subscribe(UIEvents.UIElement.TOPIC_WIDGET, drop.widgetSet);
        MUIElement stack = models.find(EDITOR_STACK_ID, application);
        if (stack != null && stack.getWidget() instanceof Control c) {
            FileDrop.install(c, open);
        }
        return drop;
    }

    private void widgetSet(Event event) {
        if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MUIElement element
                && EDITOR_STACK_ID.equals(element.getElementId())
                && event.getProperty(UIEvents.EventTags.NEW_VALUE) instanceof Control control) {
            FileDrop.install(control, open);
        }
    }

    public void dispose() {
        broker.unsubscribe(widgetSet);
    }
}
