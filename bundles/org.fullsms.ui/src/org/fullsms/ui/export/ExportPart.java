package org.fullsms.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fullsms.export.plot.FigureSize;
import org.fullsms.runtime.FullSmsJobs;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.export.ExportWiring;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.spi.export.Exporter;
import org.fullsms.ui.EditorOpener;
import org.fullsms.ui.actions.Scope;
import org.fullsms.ui.editor.ParticleEditor;
import org.fullsms.ui.prefs.UiPreferences;

/**
 * Window &gt; Export: the original's export files (REFERENCE §9) of the current, checked or all particles into a
 * folder, in a job, through the same code as {@code fullsms export}. With more than one file open, each file's
 * exports go to a sub-folder named after it. Decays are rebuilt on the channel grid the file's lifetimes were fitted
 * on (or that its session file saved). Installed extension exporters are offered as check boxes beside the built-in
 * tables; they may also run alone.
 */
public class ExportPart {

    /** Element id in the application model. */
    public static final String ID = "org.fullsms.ui.part.export";

    @Inject
    private OpenDatasets open;

    @Inject
    private EModelService models;

    @Inject
    private MApplication app;

    @Inject
    private UISynchronize sync;

    @Inject
    private MPart part;
    private StackRoom room;

    private Button csv;
    private Button parquet;
    private Combo plots;
    private Composite figure;
    private Text figureWidth;
    private Text figureHeight;
    private Text figureDpi;
    private Text figureFont;
    private ScrolledComposite options;
    private Composite extensionExporters;
    private final Map<String, Button> exporterChecks = new LinkedHashMap<>();
    private List<String> shownExporters;
    private final Map<Scope, Button> scopes = new LinkedHashMap<>();
    private Button overwrite;
    private Button useRoi;
    private Text folder;
    private Button export;
    private Label status;

    @PostConstruct
    void create(Composite parent) {
        room = new StackRoom(part, parent);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        layout.verticalSpacing = 2;
        parent.setLayout(layout);
        // the folder and Export first, outside the scrolled options: the view sits in the short bottom stack, and
        // on a 768-pixel screen only this row is sure to be in sight
        Composite action = new Composite(parent, SWT.NONE);
        GridLayout actionLayout = new GridLayout(5, false);
        actionLayout.marginHeight = 0;
        action.setLayout(actionLayout);
        action.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(action, SWT.NONE).setText("Folder:");
        folder = new Text(action, SWT.BORDER);
        GridData folderData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        folderData.widthHint = 260;
        folder.setLayoutData(folderData);
        Button browse = new Button(action, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog d = new DirectoryDialog(parent.getShell());
            d.setFilterPath(folder.getText());
            String chosen = d.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });
        export = new Button(action, SWT.PUSH);
        export.setText("Export");
        export.addListener(SWT.Selection, e -> start());
        status = new Label(action, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        options = new ScrolledComposite(parent, SWT.V_SCROLL);
        options.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite body = new Composite(options, SWT.NONE);
        body.setLayout(wrappingRow());
        csv = check(body, "CSV files", true);
        csv.setToolTipText("Traces, levels, grouped levels, global groups, group info, grouping results, fitting "
                + "results, decays with fit and residuals, correlation, spectra and raster scans (2-D)");
        parquet = check(body, "Parquet tables", false);
        parquet.setToolTipText("One row per level and per group, with the original's column names");
        Composite plotChoice = unit(body);
        new Label(plotChoice, SWT.NONE).setText("Plots:");
        plots = new Combo(plotChoice, SWT.READ_ONLY);
        plots.setItems("None", "PNG", "SVG", "PDF");
        plots.select(0);
        figure = unit(body);
        figure.setLayoutData(new RowData());
        FigureSize d = FigureSize.JOURNAL_COLUMN;
        new Label(figure, SWT.NONE).setText("Figure:");
        figureWidth = number(figure, d.widthMm(), "Width of each figure in millimetres (85 mm: one journal column)");
        new Label(figure, SWT.NONE).setText("×");
        figureHeight = number(figure, d.heightMm(), "Height of each figure in millimetres");
        new Label(figure, SWT.NONE).setText("mm,");
        figureDpi = number(figure, d.dpi(), "Resolution of PNG figures (SVG and PDF are vectors)");
        new Label(figure, SWT.NONE).setText("dpi,");
        figureFont = number(figure, d.fontPt(), "Size of the tick labels on paper; titles and labels follow");
        new Label(figure, SWT.NONE).setText("pt");
        plots.addListener(SWT.Selection, e -> showFigure());
        showFigure();

        separator(body);
        new Label(body, SWT.NONE).setText("Extensions:");
        extensionExporters = new Composite(body, SWT.NONE);
        RowLayout extensionLayout = wrappingRow();
        extensionLayout.marginWidth = 0;
        extensionLayout.marginHeight = 0;
        extensionExporters.setLayout(extensionLayout);

        separator(body);
        Composite scope = unit(body);
        new Label(scope, SWT.NONE).setText("Particles:");
        for (Scope s : Scope.values()) {
            Button b = new Button(scope, SWT.RADIO);
            b.setText(s.name().charAt(0) + s.name().substring(1).toLowerCase());
            scopes.put(s, b);
        }
        scopes.get(Scope.SELECTED).setSelection(true);
        useRoi = check(body, "Use ROI", true);
        useRoi.setToolTipText("Write \"(ROI)\" files: traces and levels inside each particle's region of interest");
        overwrite = check(body, "Replace existing files", false);

        options.setContent(body);
        options.setExpandHorizontal(true);
        options.setExpandVertical(true);
        // the rows wrap at the view's width; only what no longer fits scrolls, vertically
        options.addListener(SWT.Resize, e -> fitOptions());
        showExporters();
        // an extension installed while the view is open shows up when the view is used next
        parent.addListener(SWT.Activate, e -> showExporters());
    }

    private static RowLayout wrappingRow() {
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.wrap = true;
        row.spacing = 6;
        return row;
    }

    /** A label and its controls, kept on one line when the options wrap. */
    private static Composite unit(Composite parent) {
        Composite unit = new Composite(parent, SWT.NONE);
        RowLayout row = wrappingRow();
        row.wrap = false;
        row.marginWidth = 0;
        row.marginHeight = 0;
        unit.setLayout(row);
        return unit;
    }

    private static void separator(Composite parent) {
        new Label(parent, SWT.SEPARATOR | SWT.VERTICAL).setLayoutData(new RowData(SWT.DEFAULT, 20));
    }

    /** Lets the options wrap at the visible width and scroll vertically past it. */
    private void fitOptions() {
        Control body = options.getContent();
        int width = options.getClientArea().width;
        options.setMinSize(body.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT, true));
    }

    @Focus
    void focus() {
        showExporters();
        makeRoom();
        export.setFocus();
    }

    /**
     * Shown in a stack too short for its options (the default bottom stack on a 768-pixel screen): grows it, until the
     * view is hidden or closed.
     */
    private void makeRoom() {
        Composite parent = options.getParent();
        int width = parent.getClientArea().width;
        if (width <= 0) {
            return;
        }
        int needed = parent.computeSize(width, SWT.DEFAULT, true).y;
        room.grow(needed - parent.getClientArea().height);
    }

    /** A check box per installed extension exporter (label, description as tooltip); kept checks stay checked. */
    private void showExporters() {
        List<Exporter> installed = ExportWiring.extensionExporters();
        List<String> ids = installed.stream().map(Exporter::id).toList();
        if (ids.equals(shownExporters)) {
            return;
        }
        List<String> checked = checkedExporters();
        for (Control c : extensionExporters.getChildren()) {
            c.dispose();
        }
        exporterChecks.clear();
        if (installed.isEmpty()) {
            new Label(extensionExporters, SWT.NONE).setText("No extension exporters installed");
        }
        for (Exporter e : installed) {
            Button b = check(extensionExporters, e.label(), checked.contains(e.id()));
            b.setToolTipText(e.description().isEmpty() ? e.id() : e.description());
            exporterChecks.put(e.id(), b);
        }
        shownExporters = ids;
        extensionExporters.getParent().layout(true, true);
        fitOptions();
    }

    /** The ids of the checked extension exporters, in the order shown. */
    private List<String> checkedExporters() {
        return exporterChecks.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey)
                .toList();
    }

    private static Text number(Composite parent, double value, String tooltip) {
        Text t = new Text(parent, SWT.BORDER | SWT.RIGHT);
        t.setText(value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value));
        t.setToolTipText(tooltip);
        t.setLayoutData(new RowData(40, SWT.DEFAULT));
        return t;
    }

    /** The figure fields are shown with plots only, so the view takes no room for them otherwise. */
    private void showFigure() {
        boolean on = plots.getSelectionIndex() > 0;
        ((RowData) figure.getLayoutData()).exclude = !on;
        figure.setVisible(on);
        Composite body = figure.getParent();
        body.layout(true, true);
        if (options.getContent() != null) {
            fitOptions();
            makeRoom();
        }
    }

    /** The figure size from its fields; the message says which field is wrong. */
    private FigureSize figureSize() {
        try {
            return new FigureSize(Double.parseDouble(figureWidth.getText().strip()),
                    Double.parseDouble(figureHeight.getText().strip()),
                    Integer.parseInt(figureDpi.getText().strip()), Double.parseDouble(figureFont.getText().strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("figure: width, height and font size are numbers, dpi a whole number");
        }
    }

    private static Button check(Composite parent, String text, boolean on) {
        Button b = new Button(parent, SWT.CHECK);
        b.setText(text);
        b.setSelection(on);
        return b;
    }

    private void start() {
        ExportRun run;
        try {
            if (folder.getText().isBlank()) {
                throw new IllegalArgumentException("choose a folder");
            }
            run = new ExportRun(Path.of(folder.getText().strip()), csv.getSelection(), parquet.getSelection(),
                    plots.getSelectionIndex() == 0 ? null : plots.getText().toLowerCase(), overwrite.getSelection(),
                    useRoi.getSelection(), checkedExporters(),
                    plots.getSelectionIndex() == 0 ? FigureSize.JOURNAL_COLUMN : figureSize(),
                    UiPreferences.intensityUnit());
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        Map<AnalysisSession, List<ParticleAnalysis>> work = particles(scope());
        if (work.isEmpty()) {
            status.setText("No particles in this scope");
            return;
        }
        status.setText("Exporting...");
        export.setEnabled(false);
        Job job = job(run, work, summary -> sync.asyncExec(() -> {
            if (!status.isDisposed()) {
                status.setText(summary);
                export.setEnabled(true);
                status.getParent().layout();
            }
        }));
        job.schedule();
    }

    private Scope scope() {
        return scopes.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).findFirst()
                .orElse(Scope.SELECTED);
    }

    /** The particles of a scope by file: the current one is the particle of the editor on top of the stack. */
    Map<AnalysisSession, List<ParticleAnalysis>> particles(Scope scope) {
        Map<AnalysisSession, List<ParticleAnalysis>> out = new LinkedHashMap<>();
        if (scope == Scope.CURRENT) {
            if (models.find(EditorOpener.EDITOR_STACK, app) instanceof MPartStack stack
                    && stack.getSelectedElement() instanceof MPart p
                    && p.getTransientData().get(ParticleEditor.PARTICLE_KEY) instanceof ParticleAnalysis a) {
                out.put(a.session(), List.of(a));
            }
            return out;
        }
        for (AnalysisSession s : open.sessions()) {
            List<ParticleAnalysis> list = scope == Scope.ALL ? s.particles() : s.selected();
            if (!list.isEmpty() && s.dataset().source().isPresent()) {
                out.put(s, list);
            }
        }
        return out;
    }

    /** The export job; {@code done} gets the summary line(s). Failures also go to the Error Log. */
    static Job job(ExportRun run, Map<AnalysisSession, List<ParticleAnalysis>> work,
            java.util.function.Consumer<String> done) {
        return FullSmsJobs.create("Exporting to " + run.dir(), monitor -> {
            List<String> lines = new ArrayList<>();
            List<IStatus> problems = new ArrayList<>();
            for (Map.Entry<AnalysisSession, List<ParticleAnalysis>> e : work.entrySet()) {
                ExportRun into = work.size() == 1 ? run : run.into(stem(e.getKey()));
                try {
                    lines.add(into.export(e.getValue()));
                } catch (IOException | RuntimeException ex) {
                    problems.add(Status.error(ex.getMessage()));
                    lines.add(ex.getMessage());
                }
                monitor.worked(1);
            }
            done.accept(String.join("\n", lines));
            return problems.isEmpty() ? Status.OK_STATUS
                    : new MultiStatus("org.fullsms.ui", 0, problems.toArray(IStatus[]::new), "Export failed", null);
        });
    }

    private static String stem(AnalysisSession s) {
        String name = s.dataset().source().map(f -> f.getFileName().toString()).orElse("data");
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
