package org.fullsms.ui.filter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fullsms.analysis.filter.Bound;
import org.fullsms.analysis.filter.FilterPoint;
import org.fullsms.analysis.filter.FilterSettings;
import org.fullsms.analysis.filter.LevelFiltering;
import org.fullsms.analysis.filter.LevelKind;
import org.fullsms.analysis.filter.Normalisation;
import org.fullsms.analysis.filter.TauIntensityRegression;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.filter.FilterPoints;
import org.fullsms.runtime.state.AnalysisSession.Aspect;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.EditorOpener;
import org.fullsms.ui.actions.Scope;
import org.fullsms.ui.charts.PlotCanvas;
import org.fullsms.ui.editor.Background;
import org.fullsms.ui.editor.ParticleEditor;
import org.fullsms.ui.export.StackRoom;
import org.fullsms.ui.undo.NormalisationChange;

/**
 * Window &gt; Filtering, the original's Filtering tab (REFERENCE §7) as a view below the particle editors (beside
 * them, in the editor stack, where the window is too short for both): what to
 * plot (levels, group levels or groups of all, the checked or the current particle, optionally inside each ROI; a
 * feature against another or the distribution of one), the filters, the τ–I line with its equation and R², the
 * normalisation (Edit &gt; Undo reverts it) and the export of the filtered set, beside the plot. A click on a point
 * shows its level in the particle's intensity trace. It works on one open file at a time; everything is computed
 * in a job from the analysis state, so it follows every resolve, fit and undo.
 */
public class FilteringPart {

    /** Element id in the application model. */
    public static final String ID = "org.fullsms.ui.part.filtering";

    /** The plot's least height, so the controls never squeeze it away on a 768-pixel screen. */
    private static final int MIN_PLOT_HEIGHT = 150;
    /**
     * Height the editor stack keeps above the view: the Intensity tab's controls, its info lines and tabs (about
     * 250 pixels on a 1366-pixel-wide screen) and a trace of 200 pixels.
     */
    private static final int EDITOR_HEIGHT = 480;
    /** Element id of the stack below the editors that the application model puts the view in. */
    private static final String BOTTOM_STACK = "org.fullsms.app.bottomstack";

    @Inject
    private OpenDatasets open;
    @Inject
    private EModelService models;
    @Inject
    private MApplication app;
    @Inject
    private EPartService parts;
    @Inject
    private UISynchronize sync;
    @Inject
    private MPart part;
    @Inject
    private IOperationHistory history;
    @Inject
    private IUndoContext undoContext;

    private final List<AnalysisSession> files = new ArrayList<>();
    private AnalysisSession session;
    private Composite root;
    private PlotChoice plotChoice;
    private FilterControls filters;
    private Button onlyDrift;
    private Button allParticles;
    private Button normalise;
    private Button removeNormalisation;
    private Button onlyPassing;
    private Label lineText;
    private Label status;
    private FilterChart chart;
    private Background background;
    private Background normaliser;
    private FilterView view;
    private FilterPoint selected;
    private ParticleAnalysis lastEditorParticle;
    private boolean movedToEditors;
    private boolean refreshQueued;
    private StackRoom room;
    private final Consumer<AnalysisSession.Change> listener = this::changed;
    private final Consumer<OpenDatasets.Event> fileListener = e -> sync.asyncExec(this::filesChanged);

    @PostConstruct
    void create(Composite parent) {
        root = parent;
        room = new StackRoom(part, parent);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 0;
        parent.setLayout(layout);
        createControls(parent);
        Composite right = new Composite(parent, SWT.NONE);
        right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        GridLayout rightLayout = new GridLayout(1, false);
        rightLayout.marginWidth = 0;
        rightLayout.marginHeight = 0;
        rightLayout.verticalSpacing = 2;
        right.setLayout(rightLayout);
        chart = new FilterChart(right, this::picked);
        GridData chartData = new GridData(SWT.FILL, SWT.FILL, true, true);
        chartData.minimumHeight = MIN_PLOT_HEIGHT;
        chart.canvas().getControl().setLayoutData(chartData);
        lineText = Controls.wrapping(right);
        status = Controls.wrapping(right);
        background = new Background(chart.canvas().getControl());
        normaliser = new Background(status);
        open.addListener(fileListener);
        filesChanged();
    }

    /**
     * The controls in two columns left of the plot — what is plotted, then the filters, the line and the
     * normalisation — so that all of them and a readable plot fit a short stack on a 768-pixel screen.
     */
    private void createControls(Composite parent) {
        ScrolledComposite left = new ScrolledComposite(parent, SWT.V_SCROLL);
        left.setLayoutData(new GridData(SWT.BEGINNING, SWT.FILL, false, true));
        Composite controls = new Composite(left, SWT.NONE);
        GridLayout c = new GridLayout(2, false);
        c.marginHeight = 0;
        c.marginWidth = 0;
        c.horizontalSpacing = 12;
        controls.setLayout(c);
        plotChoice = new PlotChoice(Controls.column(controls, 2), this::refresh, this::fileChosen,
                on -> chart.showFilteredOut(on));
        Composite column = Controls.column(controls, 1);
        filters = new FilterControls(column, this::filtersEdited);
        Controls.separator(column, 1);
        Composite drift = Controls.row(column, 1);
        new Label(drift, SWT.NONE).setText("Normalise:");
        onlyDrift = Controls.check(drift, "Only Drift", true, "Move only levels brighter than the line says onto it "
                + "(I > (τ − intercept)/slope); off: every level");
        allParticles = Controls.check(drift, "All", true, "Every fitted level and group level of the file; off: the "
                + "points shown");
        Composite apply = Controls.row(column, 1);
        normalise = Controls.button(apply, "Normalise", "Apply the τ–I line's intensity to the levels (Edit > Undo "
                + "reverts it; the measured values are kept)", this::normalise);
        removeNormalisation = Controls.button(apply, "Remove Normalisation", "Show the measured intensities again",
                () -> record(new NormalisationChange(session, null)));
        Composite export = Controls.row(column, 1);
        Controls.button(export, "Export Table...", "The points shown as a CSV file, with their features, filter "
                + "verdicts and normalised intensities, and their τ–I line in a second file beside it", this::exportTable);
        onlyPassing = Controls.check(export, "Only passing", true, "Write only the points that pass the filters");
        left.setContent(controls);
        left.setExpandHorizontal(true);
        left.setExpandVertical(true);
        left.setMinSize(controls.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        ((GridData) left.getLayoutData()).widthHint = controls.computeSize(SWT.DEFAULT, SWT.DEFAULT).x
                + left.getVerticalBar().getSize().x;
    }

    @Focus
    void focus() {
        sync.asyncExec(this::placeBelowEditors); // once the stack has laid the view out
        chart.canvas().getControl().setFocus();
    }

    /**
     * Shown in the short bottom stack: grows it to the filters' height and a readable plot, leaving the particle
     * editor above {@value #EDITOR_HEIGHT} pixels, so that a click on a point shows its level in a trace that can
     * be read. Where the column cannot hold both (a 768-pixel screen), the view moves to the editor stack instead,
     * a tab beside the particle editors with the whole column's height; a click on a point then brings the
     * particle's editor forward. It moves once: dragged back below the editors, it stays there.
     */
    private void placeBelowEditors() {
        int width = root.isDisposed() ? 0 : root.getClientArea().width;
        MUIElement stack = part.getParent();
        if (width <= 0 || stack == null || !BOTTOM_STACK.equals(stack.getElementId())
                || !(stack.getWidget() instanceof Control stackControl) || stackControl.getParent() == null) {
            return;
        }
        int column = stackControl.getParent().getClientArea().height;
        int needed = root.computeSize(width, SWT.DEFAULT, true).y - root.getClientArea().height;
        if (stackControl.getSize().y + needed + EDITOR_HEIGHT <= column) {
            room.grow(needed);
        } else if (!movedToEditors) {
            movedToEditors = true;
            moveToEditorStack();
        }
    }

    private void moveToEditorStack() {
        if (models.find(EditorOpener.EDITOR_STACK, app) instanceof MPartStack editors
                && !editors.getChildren().contains(part)) {
            editors.getChildren().add(part); // leaves the bottom stack: a part has one container
            parts.activate(part);
        }
    }

    // ---- state ----

    /** Open files changed: keep the chosen file when it is still open, else take the current editor's. */
    private void filesChanged() {
        if (root.isDisposed()) {
            return;
        }
        files.clear();
        files.addAll(open.sessions());
        Combo file = plotChoice.file();
        file.removeAll();
        for (AnalysisSession s : files) {
            file.add(name(s));
        }
        AnalysisSession next = files.contains(session) ? session
                : currentParticle() != null ? currentParticle().session() : files.isEmpty() ? null : files.get(0);
        file.select(next == null ? -1 : files.indexOf(next));
        use(next);
    }

    private void fileChosen() {
        int i = plotChoice.file().getSelectionIndex();
        use(i < 0 ? null : files.get(i));
    }

    private void use(AnalysisSession next) {
        if (next != session) {
            if (session != null) {
                session.removeListener(listener);
            }
            session = next;
            selected = null;
            if (session != null) {
                session.addListener(listener);
            }
        }
        if (session != null) {
            filters.show(session.filtering().settings());
        }
        refresh();
    }

    static String name(AnalysisSession s) {
        return s.dataset().source().map(f -> f.getFileName().toString()).orElse("data in memory");
    }

    /** Analysis events arrive on job threads: one refresh on the UI thread per burst. */
    private void changed(AnalysisSession.Change change) {
        Aspect a = change.aspect();
        if (a == Aspect.LEVELS || a == Aspect.GROUPING || a == Aspect.FITS || a == Aspect.FILTERING
                || a == Aspect.SELECTION || a == Aspect.ROI) {
            synchronized (this) {
                if (refreshQueued) {
                    return;
                }
                refreshQueued = true;
            }
            sync.asyncExec(() -> {
                synchronized (this) {
                    refreshQueued = false;
                }
                if (!root.isDisposed() && session != null) {
                    if (!filters.settings().equals(session.filtering().settings())) {
                        filters.show(session.filtering().settings()); // an undo, or a session opened
                    }
                    refresh();
                }
            });
        }
    }

    private void filtersEdited(FilterSettings s) {
        if (session != null) {
            session.setFiltering(session.filtering().withSettings(s));
        }
    }

    /** Recomputes what is shown, in a job. */
    void refresh() {
        if (root.isDisposed()) {
            return;
        }
        if (session == null) {
            status.setText("Open a file, resolve its levels and fit their lifetimes to filter them.");
            return;
        }
        FilterView.Request request = request();
        background.run("Filtering " + name(session), () -> FilterView.compute(request), this::shown,
                message -> status.setText("Cannot filter: " + message));
    }

    private FilterView.Request request() {
        return new FilterView.Request(scope(), plotChoice.kind(), plotChoice.roiOnly(), session.filtering(),
                plotChoice.x(), plotChoice.y(), plotChoice.bins(), plotChoice.throughOrigin());
    }

    /** The particles of the chosen file in the chosen scope. */
    private List<ParticleAnalysis> scope() {
        return switch (plotChoice.scope()) {
            case SELECTED -> session.selected();
            case CURRENT -> {
                ParticleAnalysis current = currentParticle();
                yield current != null && current.session() == session ? List.of(current) : List.of();
            }
            case ALL -> session.particles();
        };
    }

    /** With "the current particle", another particle editor on top is another scope. */
    @Inject
    void activePart(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active) {
        if (active == null || !(active.getTransientData().get(ParticleEditor.PARTICLE_KEY)
                instanceof ParticleAnalysis a) || a == lastEditorParticle) {
            return;
        }
        lastEditorParticle = a;
        if (plotChoice != null && !root.isDisposed() && session != null && plotChoice.scope() == Scope.CURRENT) {
            refresh();
        }
    }

    /**
     * The particle of the editor on top of the editor stack; when this view is on top there (a short screen), the
     * particle of the editor last active, while it is open; else null.
     */
    private ParticleAnalysis currentParticle() {
        if (models.find(EditorOpener.EDITOR_STACK, app) instanceof MPartStack stack
                && stack.getSelectedElement() instanceof MPart p
                && p.getTransientData().get(ParticleEditor.PARTICLE_KEY) instanceof ParticleAnalysis a) {
            return a;
        }
        return parts.getParts().stream().anyMatch(p -> p.getTransientData().get(ParticleEditor.PARTICLE_KEY)
                == lastEditorParticle) ? lastEditorParticle : null;
    }

    private void shown(FilterView v) {
        view = v;
        chart.show(v);
        if (selected != null) {
            selected = v.points().stream().filter(p -> p.particle().equals(selected.particle())
                    && p.kind() == selected.kind() && p.index() == selected.index()).findFirst().orElse(null);
        }
        chart.select(selected);
        if (v.histogram() != null) {
            plotChoice.automaticBins(v.histogram().bins());
        }
        TauIntensityRegression line = v.line();
        lineText.setText(line == null ? v.noLine() : line.equation());
        Normalisation n = session.filtering().normalisation();
        normalise.setEnabled(line != null);
        removeNormalisation.setEnabled(n != null);
        String what = plotChoice.kind().label().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "# Datapoints: %d of %d %s pass the filters",
                v.passingCount(), v.points().size(), what));
        if (n != null) {
            b.append(String.format(Locale.ROOT, "; %d of %d normalised levels moved onto the line", n.moved(),
                    n.entries().size()));
        }
        status.setText(b.toString());
        status.setToolTipText(selected == null ? null : describe(selected));
        lineText.getParent().layout(true, true);
    }

    private static String describe(FilterPoint p) {
        return String.format(Locale.ROOT, "%s: %d photons, %.0f counts/s%s, τ %s ns — %s", p.label(),
                p.features().photons(), p.features().intensityCps(), p.normalised() == null ? ""
                        : String.format(Locale.ROOT, " (normalised %.0f)", p.normalised().intensityCps()),
                Double.isFinite(p.features().tauNs()) ? String.format(Locale.ROOT, "%.3f", p.features().tauNs())
                        : "—", p.verdict().describe());
    }

    // ---- actions ----

    /** A point was clicked: mark it, and show its level in the particle's intensity trace. */
    void picked(FilterPoint p) {
        selected = p;
        chart.select(p);
        if (view != null) {
            shown(view);
        }
        ParticleAnalysis a = session.dataset().particle(p.particle()).map(session::of).orElse(null);
        if (a == null) {
            return;
        }
        ParticleEditor editor = EditorOpener.editorOf(EditorOpener.open(a, parts, models, app));
        if (editor != null) {
            editor.show(ParticleEditor.Tab.INTENSITY);
            editor.intensity().highlight(p.startS(), p.endS(), p.kind() == LevelKind.GROUP
                    ? p.label() + ": a group has no single span in the trace" : describe(p));
        }
    }

    private void normalise() {
        if (view == null || view.line() == null || session == null) {
            return;
        }
        AnalysisSession target = session;
        TauIntensityRegression line = view.line();
        boolean drift = onlyDrift.getSelection();
        LevelFiltering filtering = target.filtering();
        List<FilterPoint> shown = view.points();
        boolean all = allParticles.getSelection();
        normaliser.run("Normalisation of " + name(target), () -> {
            List<FilterPoint> points = shown;
            if (all) { // the original's "All": every level and group level of the file
                points = new ArrayList<>(FilterPoints.of(target.particles(), LevelKind.LEVEL, false, filtering));
                points.addAll(FilterPoints.of(target.particles(), LevelKind.GROUP_LEVEL, false, filtering));
            }
            return FilterPoints.normalise(points, line, drift);
        }, n -> record(new NormalisationChange(target, n)), message -> status.setText("Cannot normalise: " + message));
    }

    private void record(NormalisationChange change) {
        change.run(history, undoContext);
    }

    private void exportTable() {
        if (view != null && session != null) {
            Path target = FilteredSetExport.ask(root.getShell(), session, plotChoice.kind());
            if (target != null) {
                exportTable(target);
            }
        }
    }

    /**
     * Writes the points shown to {@code target} (replacing it) and their τ–I line beside it, as Export Table does
     * after its file dialog; the status line says what was written.
     *
     * @return the writing job, scheduled; null when nothing is shown
     */
    public Job exportTable(Path target) {
        if (view == null || session == null) {
            return null;
        }
        return FilteredSetExport.write(session, target, view.points(), onlyPassing.getSelection(), view.line(),
                text -> sync.asyncExec(() -> {
                    if (!status.isDisposed()) {
                        status.setText(text);
                    }
                }));
    }

    // ---- for tests ----

    /** The points shown (empty before the first computation). */
    public List<FilterPoint> points() {
        return view == null ? List.of() : view.points();
    }

    /** The τ–I line through the passing points shown, or null. */
    public TauIntensityRegression line() {
        return view == null ? null : view.line();
    }

    /** The point marked by the last click, or null. */
    public FilterPoint selected() {
        return selected;
    }

    /** The plot. */
    public PlotCanvas plot() {
        return chart.canvas();
    }

    /** The check box of a filter. */
    public Button filterCheck(Bound b) {
        return filters.check(b);
    }

    /** The value of a filter. */
    public Text filterValue(Bound b) {
        return filters.value(b);
    }

    /** The status line. */
    public String statusText() {
        return status.getText();
    }

    /** True while a computation has not been shown yet. */
    public boolean isBusy() {
        return background.isBusy() || normaliser.isBusy() || refreshQueued;
    }

    @PreDestroy
    void dispose() {
        open.removeListener(fileListener);
        if (session != null) {
            session.removeListener(listener);
        }
    }
}
