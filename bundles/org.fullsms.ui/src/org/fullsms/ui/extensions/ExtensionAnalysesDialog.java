package org.fullsms.ui.extensions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.extensions.Extensions;
import org.fullsms.runtime.extensions.ExtensionRun;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.spi.analysis.AnalysisEngine;
import org.fullsms.ui.actions.AnalysisActions;
import org.fullsms.ui.actions.Scope;

/**
 * Analysis &gt; Extension Analyses…: the installed extension analyses (name, version, description); for the chosen
 * one its settings, a form generated from its parameter record (the values it last ran with, or its defaults); the
 * particles to run it on (current, checked or all). Run starts one job over them and closes the dialog.
 */
public final class ExtensionAnalysesDialog extends Dialog {

    /** Said when no analysis is installed: where extensions come from. */
    static final String NONE_INSTALLED = "No extension analysis is installed.\n\nExtensions add analyses to this "
            + "dialog, tabs to the particle editor and exporters to the Export view. Install them with "
            // no-break spaces keep the menu path on one line
            + "Help\u00a0>\u00a0Install\u00a0New\u00a0Software\u2026 from an update site that offers Full SMS "
            + "extensions.";

    private final List<AnalysisEngine<?, ?>> engines;
    private final Map<Scope, List<ParticleAnalysis>> targets;
    private final Map<Scope, Button> scopeButtons = new LinkedHashMap<>();
    private Table table;
    private Label description;
    private Group settings;
    private Label scopeProblem;
    private Choice<?> choice;

    /** The chosen analysis with its form. */
    private record Choice<P extends Record>(AnalysisEngine<P, ?> engine, ParameterForm<P> form) {

        static <P extends Record> Choice<P> of(AnalysisEngine<P, ?> engine, Composite parent) {
            return new Choice<>(engine, new ParameterForm<>(parent, engine.parameterType(),
                    engine.defaultParameters(), RememberedParameters.load(engine)));
        }

        /** Starts the job and remembers the parameters for the next time. */
        void run(List<ParticleAnalysis> particles) {
            P parameters = form.parameters();
            AnalysisActions.runExtension(new ExtensionRun<>(engine, parameters), particles);
            RememberedParameters.save(engine, parameters);
        }

        void restoreDefaults() {
            form.setValues(engine.defaultParameters());
        }
    }

    /**
     * @param engines the installed analyses
     * @param targets the particles of each scope
     */
    ExtensionAnalysesDialog(Shell parent, List<AnalysisEngine<?, ?>> engines, Map<Scope, List<ParticleAnalysis>> targets) {
        super(parent);
        this.engines = engines;
        this.targets = targets;
    }

    /** The dialog over the installed analyses and the open files; {@code current}: the active selection. */
    public static ExtensionAnalysesDialog of(Shell parent, OpenDatasets open, List<?> current) {
        Map<Scope, List<ParticleAnalysis>> targets = new LinkedHashMap<>();
        for (Scope s : Scope.values()) {
            targets.put(s, s.targets(open, current));
        }
        return new ExtensionAnalysesDialog(parent, Extensions.current().analyses(), targets);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Extension Analyses");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        if (engines.isEmpty()) {
            Label none = new Label(area, SWT.WRAP);
            none.setText(NONE_INSTALLED);
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
            data.widthHint = convertWidthInCharsToPixels(60);
            none.setLayoutData(data);
            return area;
        }
        new Label(area, SWT.NONE).setText("Analysis:");
        table = new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        TableColumn name = new TableColumn(table, SWT.NONE);
        name.setText("Name");
        TableColumn version = new TableColumn(table, SWT.NONE);
        version.setText("Version");
        for (AnalysisEngine<?, ?> e : engines) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { e.label(), e.version() });
        }
        name.pack();
        version.pack();
        name.setWidth(Math.max(name.getWidth(), convertWidthInCharsToPixels(36)));
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = table.getHeaderHeight() + Math.min(engines.size(), 6) * table.getItemHeight();
        table.setLayoutData(tableData);
        table.addListener(SWT.Selection, e -> choose(table.getSelectionIndex()));

        description = new Label(area, SWT.WRAP);
        GridData descriptionData = new GridData(SWT.FILL, SWT.TOP, true, false);
        descriptionData.widthHint = convertWidthInCharsToPixels(60);
        descriptionData.heightHint = 2 * convertHeightInCharsToPixels(1);
        description.setLayoutData(descriptionData);

        settings = new Group(area, SWT.NONE);
        settings.setText("Settings");
        settings.setLayout(new GridLayout(1, false));
        settings.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));

        Group scope = new Group(area, SWT.NONE);
        scope.setText("Apply to");
        scope.setLayout(new GridLayout(Scope.values().length, false));
        scope.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        for (Scope s : Scope.values()) {
            Button b = new Button(scope, SWT.RADIO);
            int n = targets.get(s).size();
            b.setText(s.name().charAt(0) + s.name().substring(1).toLowerCase() + " (" + n
                    + (n == 1 ? " particle)" : " particles)"));
            b.addListener(SWT.Selection, e -> updateRun());
            scopeButtons.put(s, b);
        }
        scopeButtons.get(targets.get(Scope.CURRENT).isEmpty() ? Scope.SELECTED : Scope.CURRENT).setSelection(true);
        scopeProblem = new Label(scope, SWT.NONE);
        scopeProblem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, Scope.values().length, 1));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (engines.isEmpty()) {
            createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, true);
            return;
        }
        createButton(parent, IDialogConstants.OK_ID, "Run", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        int last = engines.stream().map(AnalysisEngine::id).toList().indexOf(RememberedParameters.last());
        table.select(Math.max(0, last));
        choose(table.getSelectionIndex());
    }

    /** Shows the settings of the analysis at {@code index}. */
    private void choose(int index) {
        AnalysisEngine<?, ?> engine = engines.get(index);
        if (choice != null && choice.engine() == engine) {
            return; // a click on the chosen analysis keeps the values being edited
        }
        for (Control c : settings.getChildren()) {
            c.dispose();
        }
        choice = null;
        description.setText(engine.description());
        try {
            choice = Choice.of(engine, settings);
            choice.form().composite().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
            choice.form().addChangeListener(this::updateRun);
            Button defaults = new Button(settings, SWT.PUSH);
            defaults.setText("Restore Defaults");
            defaults.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
            defaults.addListener(SWT.Selection, e -> choice.restoreDefaults());
        } catch (RuntimeException e) {
            // a parameter record the form cannot show (an unsupported type) or an engine that fails to give defaults
            choice = null;
            for (Control c : settings.getChildren()) {
                c.dispose(); // what the form made before it failed
            }
            Label broken = new Label(settings, SWT.WRAP);
            broken.setText(engine.label() + " cannot be set up: " + e.getMessage());
            broken.setForeground(settings.getDisplay().getSystemColor(SWT.COLOR_RED));
        }
        settings.layout(true, true);
        Shell shell = getShell();
        Point wanted = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        Point now = shell.getSize();
        if (shell.isVisible() && (wanted.x > now.x || wanted.y > now.y)) {
            shell.setSize(Math.max(wanted.x, now.x), Math.max(wanted.y, now.y));
        }
        shell.layout(true, true);
        updateRun();
    }

    private Scope scope() {
        return scopeButtons.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey)
                .findFirst().orElse(Scope.SELECTED);
    }

    /** Run needs valid settings and a particle in the scope. */
    private void updateRun() {
        boolean particles = !targets.get(scope()).isEmpty();
        scopeProblem.setText(particles ? "" : targets.get(Scope.ALL).isEmpty() ? "Open a file to analyse its particles."
                : "No particles in this scope.");
        Button run = getButton(IDialogConstants.OK_ID);
        if (run != null) {
            run.setEnabled(particles && choice != null && choice.form().problem() == null);
        }
    }

    @Override
    protected void okPressed() {
        choice.run(targets.get(scope()));
        super.okPressed();
    }

    /** Chooses the analysis of {@code engineId} as a click in the list does (tests). */
    void select(String engineId) {
        int index = engines.stream().map(AnalysisEngine::id).toList().indexOf(engineId);
        table.select(index);
        choose(index);
    }

    /** The form of the chosen analysis, or null. */
    ParameterForm<?> form() {
        return choice == null ? null : choice.form();
    }

    Button runButton() {
        return getButton(IDialogConstants.OK_ID);
    }
}
