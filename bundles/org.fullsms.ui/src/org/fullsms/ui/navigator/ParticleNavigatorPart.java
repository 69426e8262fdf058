package org.fullsms.ui.navigator;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.DatasetOpener;
import org.fullsms.ui.EditorOpener;
import org.fullsms.ui.dnd.EditorAreaDrop;
import org.fullsms.ui.dnd.FileDrop;

/**
 * The particle navigator: each open dataset with its particles (second channels as their own entries), a check
 * box per particle for the "selected" scope, photons, duration and status marks, and a name filter.
 * Double-click opens the particle's editor. The tree selection (datasets or particles) goes to the selection
 * service for the handlers ("current" scope). HDF5 files dropped on the navigator or on the editor area are
 * opened (the navigator lives as long as the window, so it also keeps the editor area's drop target).
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

    @Inject
    private EPartService partService;

    /** This view, brought forward when a file opened again is revealed. */
    @Inject
    private MPart part;

    @Inject
    private EModelService modelService;

    @Inject
    private MApplication application;

    @Inject
    private DatasetOpener opener;

    @Inject
    private IEventBroker broker;

    private CheckboxTreeViewer viewer;
    private Text filter;
    private Label summary;
    private EditorAreaDrop editorAreaDrop;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final Durations durations = new Durations();
    private final Map<AnalysisSession, Job> measuring = new ConcurrentHashMap<>();
    private final Consumer<AnalysisSession.Change> stateListener = change -> scheduleRefresh();
    private final Consumer<OpenDatasets.Event> listener = event -> {
        switch (event.change()) {
            case OPENED -> {
                event.session().addListener(stateListener);
                measuring.put(event.session(), durations.measure(event.session(), this::scheduleRefresh));
            }
            case CLOSED -> {
                event.session().removeListener(stateListener);
                Job job = measuring.remove(event.session());
                if (job != null) {
                    job.cancel();
                }
                sync.asyncExec(() -> EditorOpener.closeEditors(event.session(), partService));
            }
            case REVEALED -> sync.asyncExec(() -> reveal(event.session()));
        }
        scheduleRefresh();
    };

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter particles");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = new CheckboxTreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.FULL_SELECTION);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTree().setHeaderVisible(true);
        column("Particle", 140, NavigatorLabelProvider.Column.NAME); // "Particle 123_2"; the file row may run over
        column("Photons", 72, NavigatorLabelProvider.Column.PHOTONS);
        column("Duration", 65, NavigatorLabelProvider.Column.DURATION);
        column("Status", 50, NavigatorLabelProvider.Column.STATUS);
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setContentProvider(new NavigatorContentProvider());
        viewer.setCheckStateProvider(new ICheckStateProvider() {
            @Override
            public boolean isChecked(Object element) {
                return element instanceof ParticleAnalysis a ? a.isSelected()
                        : element instanceof AnalysisSession s && !s.selected().isEmpty();
            }

            @Override
            public boolean isGrayed(Object element) {
                return element instanceof AnalysisSession s && !s.selected().isEmpty()
                        && s.selected().size() < s.particles().size();
            }
        });
        viewer.addCheckStateListener(e -> {
            if (e.getElement() instanceof ParticleAnalysis a) {
                a.setSelected(e.getChecked());
            } else if (e.getElement() instanceof AnalysisSession s) {
                s.particles().forEach(a -> a.setSelected(e.getChecked()));
            }
        });
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                String text = filter.getText().trim().toLowerCase(Locale.ROOT);
                return text.isEmpty() || !(element instanceof ParticleAnalysis a)
                        || a.particle().name().toLowerCase(Locale.ROOT).contains(text);
            }
        });
        filter.addListener(SWT.Modify, e -> viewer.refresh());
        viewer.setAutoExpandLevel(2);
        viewer.setInput(openDatasets);
        viewer.addSelectionChangedListener(e -> selectionService.setSelection(((IStructuredSelection) e.getSelection()).toList()));
        viewer.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof ParticleAnalysis a) {
                EditorOpener.open(a, partService, modelService, application);
            }
        });
        summary = new Label(parent, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        openDatasets.addListener(listener);
        openDatasets.sessions().forEach(s -> {
            s.addListener(stateListener);
            measuring.put(s, durations.measure(s, this::scheduleRefresh));
        });
        FileDrop.install(parent, opener::open);
        editorAreaDrop = EditorAreaDrop.follow(modelService, application, broker, opener::open);
        refresh();
    }

    /** Selects an open file in the tree and brings the navigator forward (the file was opened again). */
    private void reveal(AnalysisSession session) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setSelection(new StructuredSelection(session), true);
        partService.activate(part);
    }

    private void column(String title, int width, NavigatorLabelProvider.Column which) {
        TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        // Never narrower than its title (with room for the sort and resize margins): headers were cut (issue 18, 8).
        GC gc = new GC(viewer.getTree());
        try {
            width = Math.max(width, gc.textExtent(title).x + 24);
        } finally {
            gc.dispose();
        }
        c.getColumn().setWidth(width);
        c.setLabelProvider(new NavigatorLabelProvider(which, durations));
    }

    /** Many state events arrive at once (one per particle of a job): redraw once. */
    private void scheduleRefresh() {
        if (refreshPending.compareAndSet(false, true)) {
            sync.asyncExec(() -> {
                refreshPending.set(false);
                refresh();
            });
        }
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.refresh();
        for (AnalysisSession s : openDatasets.sessions()) {
            if (!viewer.getExpandedState(s) && s.particles().size() <= 200) {
                viewer.setExpandedState(s, true); // a newly opened file shows its particles
            }
        }
        int selected = 0;
        int all = 0;
        for (AnalysisSession s : openDatasets.sessions()) {
            selected += s.selected().size();
            all += s.particles().size();
        }
        summary.setText(all == 0 ? "Open a file with File > Open…" : selected + " of " + all + " particles selected");
    }

    /** The tree (tests). */
    public CheckboxTreeViewer viewer() {
        return viewer;
    }

    @PreDestroy
    void dispose() {
        editorAreaDrop.dispose();
        openDatasets.removeListener(listener);
        openDatasets.sessions().forEach(s -> s.removeListener(stateListener));
        measuring.values().forEach(Job::cancel);
    }

    /** Keeps the keyboard focus in the tree when the part is activated. */
    @Focus
    void setFocus() {
        viewer.getControl().setFocus();
    }
}
