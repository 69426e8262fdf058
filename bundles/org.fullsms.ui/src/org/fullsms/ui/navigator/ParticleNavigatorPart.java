package org.fullsms.ui.navigator;

import java.util.function.Consumer;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.fullsms.runtime.OpenDatasets;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The particle navigator: each open dataset with its particles (second channels as their own entries). The
 * selection (a dataset or particles) goes to the selection service for the handlers.
 */
public class ParticleNavigatorPart {

    /** Element id in the application model. */
    public static final String ID = "org.fullsms.ui.part.navigator";

    @Inject
    private OpenDatasets openDatasets;

    @Inject
    private UISynchronize sync;

    @Inject
    private ESelectionService selectionService;

    private TreeViewer viewer;

    private final Consumer<OpenDatasets.Event> listener = event -> sync.asyncExec(this::refresh);

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(new NavigatorContentProvider());
        viewer.setLabelProvider(new NavigatorLabelProvider());
        viewer.setAutoExpandLevel(2);
        viewer.setInput(openDatasets);
        viewer.addSelectionChangedListener(e -> selectionService.setSelection(((IStructuredSelection) e.getSelection()).toList()));
        openDatasets.addListener(listener);
    }

    private void refresh() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh();
        }
    }

    @PreDestroy
    void dispose() {
        openDatasets.removeListener(listener);
    }

    /** Keeps the keyboard focus in the tree when the part is activated. */
    @Focus
    void setFocus() {
        viewer.getControl().setFocus();
    }
}
