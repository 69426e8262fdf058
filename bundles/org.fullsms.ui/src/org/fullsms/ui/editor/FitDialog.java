package org.fullsms.ui.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.fullsms.analysis.lifetime.DecayHistogram;
import org.fullsms.analysis.lifetime.FitParameter;
import org.fullsms.analysis.lifetime.FitParameters;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.lifetime.FitSettings;
import org.fullsms.analysis.lifetime.Irf;
import org.fullsms.analysis.lifetime.LifetimeFitter;
import org.fullsms.analysis.lifetime.ModelCurve;
import org.fullsms.analysis.lifetime.StartMode;
import org.fullsms.runtime.DecayHistograms;
import org.fullsms.runtime.TransientPhotons;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.FitModel;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.LifetimeActions;
import org.fullsms.ui.charts.DraggableLine;
import org.fullsms.ui.charts.Overlay;
import org.fullsms.ui.charts.Palette;
import org.fullsms.ui.charts.PlotCanvas;
import org.fullsms.ui.charts.SeriesData;
import org.fullsms.ui.charts.SeriesStyle;
import org.fullsms.ui.charts.StackedPlots;
import org.fullsms.ui.prefs.UiPreferences;

/**
 * The Lifetime tab's Fitting Parameters dialog (the original's fitting dialog, REFERENCE §5): every parameter with
 * start value, bounds and Fix (lifetimes, amplitudes, IRF shift, decay background, FWHM of a simulated IRF), the IRF
 * background, method and weighting, and the fit window by start mode and end rule or by dragging its markers on the
 * decay. The model and its residuals are drawn live on the shown decay, evaluated off the UI thread
 * ({@link LifetimeFitter#evaluate}, the newest request only); OK keeps the model for the file's next fits (and its
 * session, and the preferences), Fit Current / Selected / All keep it and fit.
 */
public final class FitDialog extends TitleAreaDialog {

    /** Button ids of the dialog's own buttons. */
    private static final int RESTORE_ID = IDialogConstants.CLIENT_ID;
    private static final int FROM_FIT_ID = IDialogConstants.CLIENT_ID + 1;
    private static final int FIT_CURRENT_ID = IDialogConstants.CLIENT_ID + 2;
    private static final int FIT_SELECTED_ID = IDialogConstants.CLIENT_ID + 3;
    private static final int FIT_ALL_ID = IDialogConstants.CLIENT_ID + 4;
    private static final String[] START_MODES = { "Manual", "(Close to) max", "Rise middle", "Rise start",
            "Safe rise start" };
    private static final String[] WEIGHTINGS = { "Poisson (Mighell)", "Neyman", "Original (unweighted)" };
    private static final LifetimeFitter FITTER = new LifetimeFitter();

    private final ParticleAnalysis analysis;
    private final FitTarget target;
    private final AnalysisSession session;
    private final Irf irf;
    private final LatestWork previews = new LatestWork("Fit preview");
    private FitModel model;
    private DecayHistogram decay;
    private Job reading;
    private boolean filling;
    private boolean valid = true;

    private Combo exponentials;
    private Combo method;
    private Combo weighting;
    private Button simulated;
    private final List<ParameterRow> taus = new ArrayList<>();
    private final List<ParameterRow> amplitudes = new ArrayList<>();
    private ParameterRow shift;
    private ParameterRow background;
    private ParameterRow fwhm;
    private Text irfBackground;
    private Combo startMode;
    private Text windowStart;
    private Button autoEnd;
    private Text windowEnd;
    private Label timing;
    private StackedPlots preview;
    private DraggableLine startLine;
    private DraggableLine endLine;

    private volatile ModelCurve lastCurve;
    private volatile String lastThread = "";
    private volatile long lastLatencyNanos = -1;
    private int previewsShown;

    /**
     * @param analysis the particle whose decay the preview draws
     * @param target   which of its decays (whole trace, a level, …)
     */
    public FitDialog(Shell parent, ParticleAnalysis analysis, FitTarget target) {
        super(parent);
        this.analysis = analysis;
        this.target = target;
        this.session = analysis.session();
        this.irf = session.irf().orElse(null);
        this.model = LifetimeActions.model(session);
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Fitting Parameters");
        shell.addListener(SWT.Dispose, e -> {
            previews.cancel();
            if (reading != null) {
                reading.cancel();
            }
        });
    }

    @Override
    protected Point getInitialSize() {
        Rectangle screen = getParentShell().getDisplay().getClientArea();
        return new Point(Math.min(1240, screen.width - 40), Math.min(760, screen.height - 40));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Fitting parameters of " + file());
        setMessage("Start values, bounds and Fix of each parameter, and the fit window; the model is drawn on the "
                + analysis.particle().name() + "'s " + target + " as you type. Blank starts are automatic.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite form = new Composite(c, SWT.NONE);
        GridLayout formLayout = new GridLayout(1, false);
        formLayout.marginWidth = 0;
        formLayout.marginHeight = 0;
        form.setLayout(formLayout);
        form.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, true));
        modelGroup(form);
        parameterGroup(form);
        // the window beside its markers, above the decay: the parameters take the height of a 768-pixel screen
        Composite right = new Composite(c, SWT.NONE);
        GridLayout rightLayout = new GridLayout(1, false);
        rightLayout.marginWidth = 0;
        rightLayout.marginHeight = 0;
        right.setLayout(rightLayout);
        right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        windowGroup(right);
        previewPlots(right);
        timing = new Label(right, SWT.NONE);
        timing.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        timing.setText("Reading the decay of " + analysis.particle().name() + "…");
        fill(model);
        read();
        return area;
    }

    private String file() {
        return session.dataset().source().map(p -> p.getFileName().toString()).orElse(analysis.particle().name());
    }

    private void modelGroup(Composite parent) {
        Group g = group(parent, "Model", 4);
        new Label(g, SWT.NONE).setText("Exponentials");
        exponentials = new Combo(g, SWT.READ_ONLY);
        exponentials.setItems("1", "2", "3");
        // another number of exponentials starts from the original's values for it (as its dialog does)
        exponentials.addListener(SWT.Selection,
                e -> fill(model.withExponentials(exponentials.getSelectionIndex() + 1)));
        new Label(g, SWT.NONE).setText("Method");
        method = combo(g, "Least squares", "Maximum likelihood");
        new Label(g, SWT.NONE).setText("Weighting");
        weighting = combo(g, WEIGHTINGS);
        weighting.setToolTipText("Least squares: Poisson-weighted counts (Mighell's χ²γ), Neyman's χ², or the "
                + "original's unweighted fit of normalised curves");
        simulated = new Button(g, SWT.CHECK);
        simulated.setText("Simulated IRF (Gaussian)");
        simulated.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        simulated.setToolTipText(irf == null ? "No IRF is loaded for this file: a Gaussian IRF is fitted"
                : "Fit a Gaussian IRF instead of the loaded one (" + irf.source() + ")");
        simulated.addListener(SWT.Selection, e -> changed());
    }

    private void parameterGroup(Composite parent) {
        Group g = group(parent, "Parameters", 5);
        for (String heading : new String[] { "", "Start", "Min", "Max", "Fix" }) {
            Label l = new Label(g, SWT.NONE);
            l.setText(heading);
        }
        for (int i = 1; i <= FitParameters.MAX_EXPONENTIALS; i++) {
            taus.add(new ParameterRow(g, "τ" + i, "ns", false, this::changed));
        }
        for (int i = 1; i <= FitParameters.MAX_EXPONENTIALS; i++) {
            amplitudes.add(new ParameterRow(g, "Amplitude " + i, null, false, this::changed));
        }
        shift = new ParameterRow(g, "IRF shift", "ns", true, this::changed);
        background = new ParameterRow(g, "Decay BG", "counts", true, this::changed);
        fwhm = new ParameterRow(g, "IRF FWHM", "ns", false, this::changed);
        Label l = new Label(g, SWT.NONE);
        l.setText("IRF BG (counts)");
        irfBackground = new Text(g, SWT.BORDER | SWT.RIGHT);
        irfBackground.setMessage("auto");
        GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
        data.widthHint = 62;
        irfBackground.setLayoutData(data);
        irfBackground.setToolTipText("Counts per channel subtracted from the measured IRF; blank: its baseline");
        irfBackground.addListener(SWT.Modify, e -> changed());
        new Label(g, SWT.NONE).setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 3, 1));
    }

    private void windowGroup(Composite parent) {
        Group g = group(parent, "Fit window", 9);
        new Label(g, SWT.NONE).setText("Start");
        startMode = combo(g, START_MODES);
        startMode.setToolTipText("Manual: the time typed or dragged; the others follow the original's rules "
                + "(Preferences > Lifetime ranges)");
        windowStart = new Text(g, SWT.BORDER | SWT.RIGHT);
        windowStart.setLayoutData(new GridData(70, SWT.DEFAULT));
        windowStart.addListener(SWT.Modify, e -> changed());
        new Label(g, SWT.NONE).setText("ns   ");
        new Label(g, SWT.NONE).setText("End");
        autoEnd = new Button(g, SWT.CHECK);
        autoEnd.setText("Automatic");
        autoEnd.setToolTipText("Where the decay falls below 20 × the background or 1 % of its maximum");
        autoEnd.addListener(SWT.Selection, e -> changed());
        windowEnd = new Text(g, SWT.BORDER | SWT.RIGHT);
        windowEnd.setLayoutData(new GridData(70, SWT.DEFAULT));
        windowEnd.setMessage("last");
        windowEnd.addListener(SWT.Modify, e -> changed());
        new Label(g, SWT.NONE).setText("ns");
        windowStart.setEnabled(false);
        windowEnd.setEnabled(false);
    }

    private void previewPlots(Composite parent) {
        preview = new StackedPlots(parent, SWT.NONE, 3, 1);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.minimumWidth = 320;
        preview.setLayoutData(data);
        PlotCanvas decayPlot = preview.get(0);
        decayPlot.setAxisTitle(PlotCanvas.Axis.X, null, null);
        decayPlot.setTickLabelsVisible(PlotCanvas.Axis.X, false);
        decayPlot.setAxisTitle(PlotCanvas.Axis.Y, "Counts", null);
        decayPlot.setYLogScale(true);
        decayPlot.setLegendPosition(SWT.TOP);
        decayPlot.addSeries("decay", analysis.particle().name() + ", " + target, SeriesStyle.histogram(Palette.TRACE),
                SeriesData.empty());
        decayPlot.addSeries("irf", "IRF", SeriesStyle.line(Palette.IRF), SeriesData.empty());
        decayPlot.addSeries("model", "Model", SeriesStyle.fit(Palette.FIT), SeriesData.empty());
        PlotCanvas residuals = preview.get(1);
        residuals.setAxisTitle(PlotCanvas.Axis.X, "Time", "ns");
        residuals.setAxisTitle(PlotCanvas.Axis.Y, "σ", null);
        residuals.setCompact(true);
        residuals.setLegendPosition(SWT.NONE);
        residuals.addSeries("residuals", "Weighted residuals", SeriesStyle.line(Palette.RESIDUAL),
                SeriesData.empty());
        residuals.setOverlays("zero", List.of(Overlay.yLine(0, Palette.IRF, null)));
    }

    private static Group group(Composite parent, String text, int columns) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(text);
        g.setLayout(new GridLayout(columns, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return g;
    }

    private Combo combo(Composite parent, String... items) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setItems(items);
        combo.addListener(SWT.Selection, e -> changed());
        return combo;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, RESTORE_ID, "Restore Defaults", false)
                .setToolTipText("The original's start values and bounds for this number of exponentials");
        Button fromFit = createButton(parent, FROM_FIT_ID, "Start from Fit", false);
        fromFit.setToolTipText("Start values where the fit of this decay ended");
        fromFit.setEnabled(fitOfTarget() != null);
        createButton(parent, FIT_CURRENT_ID, "Fit Current", false)
                .setToolTipText("Keep these parameters and fit " + analysis.particle().name());
        createButton(parent, FIT_SELECTED_ID, "Fit Selected", false)
                .setToolTipText("Keep these parameters and fit the checked particles");
        createButton(parent, FIT_ALL_ID, "Fit All", false)
                .setToolTipText("Keep these parameters and fit every particle of the file");
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        enableActions();
    }

    @Override
    protected void buttonPressed(int id) {
        switch (id) {
            case RESTORE_ID -> fill(UiPreferences.defaultFitModel(model.parameters().numExp()));
            case FROM_FIT_ID -> startFromFit();
            case FIT_CURRENT_ID -> fitAndClose(List.of(analysis));
            case FIT_SELECTED_ID -> fitAndClose(session.selected());
            case FIT_ALL_ID -> fitAndClose(session.particles());
            default -> super.buttonPressed(id);
        }
    }

    @Override
    protected void okPressed() {
        LifetimeActions.setModel(session, model);
        super.okPressed();
    }

    private void fitAndClose(List<ParticleAnalysis> particles) {
        LifetimeActions.setModel(session, model);
        setReturnCode(OK);
        close();
        LifetimeActions.fit(particles);
    }

    private FitResult fitOfTarget() {
        FitResult fit = analysis.fits().get(target);
        return fit != null && fit.ok() ? fit : null;
    }

    private void startFromFit() {
        FitResult fit = fitOfTarget();
        if (fit == null) {
            return;
        }
        FitModel m = model.withExponentials(fit.numExp());
        FitSettings s = m.settings();
        if (s.weighting() == FitSettings.Weighting.ORIGINAL_UNWEIGHTED) {
            // the original's background is subtracted, not fitted: the fit's is the one it subtracted
            s = s.withBackgrounds(fit.background(), s.irfBackground());
        }
        fill(new FitModel(m.parameters().startingAt(fit), s));
    }

    /** Shows {@code m} in the form and previews it. */
    private void fill(FitModel m) {
        filling = true;
        try {
            FitParameters p = m.parameters();
            FitSettings s = m.settings();
            exponentials.select(p.numExp() - 1);
            method.select(s.method() == FitSettings.Method.MAXIMUM_LIKELIHOOD ? 1 : 0);
            weighting.select(s.weighting().ordinal());
            simulated.setSelection(s.simulateIrf() || irf == null);
            FitParameters shown = p;
            for (int i = 0; i < FitParameters.MAX_EXPONENTIALS; i++) {
                // rows beyond the model's exponentials show the defaults they get when chosen
                FitParameters source = i < p.numExp() ? shown : FitParameters.defaults(FitParameters.MAX_EXPONENTIALS);
                taus.get(i).show(source.tauNs().get(i));
                amplitudes.get(i).show(source.amplitudes().get(i));
            }
            shift.show(p.shiftNs());
            FitParameter bg = original(s) ? p.background().withStart(s.decayBackground()) : p.background();
            background.show(bg);
            fwhm.show(p.fwhmNs());
            irfBackground.setText(Double.isNaN(s.irfBackground()) ? "" : ParameterRow.format(s.irfBackground()));
            startMode.select(s.startMode().ordinal());
            autoEnd.setSelection(s.autoEnd());
            showWindow(s.manualStart(), s.manualEnd());
        } finally {
            filling = false;
        }
        changed();
    }

    private static boolean original(FitSettings s) {
        return s.method() == FitSettings.Method.LEAST_SQUARES
                && s.weighting() == FitSettings.Weighting.ORIGINAL_UNWEIGHTED;
    }

    /** Shows a window's start and end channels in the fields, as times on the decay's axis. */
    private void showWindow(int start, int end) {
        if (decay == null) {
            return;
        }
        boolean was = filling;
        filling = true;
        windowStart.setText(ParameterRow.format(timeOf(Math.max(0, start))));
        windowEnd.setText(end < 0 ? "" : ParameterRow.format(timeOf(end)));
        filling = was;
    }

    private double timeOf(int channel) {
        return decay.offsetNs() + channel * decay.channelWidthNs();
    }

    private int channelOf(double ns) {
        return (int) Math.round((ns - decay.offsetNs()) / decay.channelWidthNs());
    }

    /** Reads the form into the model and asks for a preview; shows what cannot be used instead. */
    private void changed() {
        if (filling) {
            return;
        }
        enableRows();
        try {
            model = readForm();
            valid = true;
            setErrorMessage(null);
            requestPreview();
        } catch (ParameterRow.Problem e) {
            valid = false;
            setErrorMessage(e.getMessage());
        }
        enableActions();
    }

    private void enableRows() {
        int n = exponentials.getSelectionIndex() + 1;
        for (int i = 0; i < FitParameters.MAX_EXPONENTIALS; i++) {
            taus.get(i).setEnabled(i < n);
            amplitudes.get(i).setEnabled(i < n && n > 1);
        }
        boolean likelihood = method.getSelectionIndex() == 1;
        weighting.setEnabled(!likelihood);
        simulated.setEnabled(irf != null);
        fwhm.setEnabled(simulated.getSelection());
        irfBackground.setEnabled(!simulated.getSelection());
        // the original's background is subtracted, not fitted: a value, no bounds
        background.setFittable(!(!likelihood && weighting.getSelectionIndex() == WEIGHTINGS.length - 1));
        boolean ready = decay != null;
        windowStart.setEnabled(ready && startMode.getSelectionIndex() == 0);
        windowEnd.setEnabled(ready && !autoEnd.getSelection());
    }

    private void enableActions() {
        for (int id : new int[] { IDialogConstants.OK_ID, FIT_CURRENT_ID, FIT_SELECTED_ID, FIT_ALL_ID }) {
            Button b = getButton(id);
            if (b != null) {
                b.setEnabled(valid);
            }
        }
    }

    private FitModel readForm() throws ParameterRow.Problem {
        int n = exponentials.getSelectionIndex() + 1;
        List<FitParameter> tau = new ArrayList<>();
        List<FitParameter> amp = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tau.add(taus.get(i).read());
            amp.add(n == 1 ? FitParameter.free(1, 0, 1) : amplitudes.get(i).read());
        }
        FitSettings.Method m = method.getSelectionIndex() == 1 ? FitSettings.Method.MAXIMUM_LIKELIHOOD
                : FitSettings.Method.LEAST_SQUARES;
        FitSettings.Weighting w = FitSettings.Weighting.values()[weighting.getSelectionIndex()];
        FitParameter bg = background.read();
        double irfBg = number(irfBackground, "IRF BG");
        boolean originalMode = m == FitSettings.Method.LEAST_SQUARES && w == FitSettings.Weighting.ORIGINAL_UNWEIGHTED;
        FitParameters previous = model.parameters();
        // the original's background is a value subtracted (the settings'); the Poisson modes fit the parameter
        FitParameter bgParameter = originalMode ? previous.background() : bg;
        double bgSetting = originalMode ? bg.start() : Double.NaN;
        FitParameters p = new FitParameters(tau, amp, shift.read(), bgParameter, fwhm.read());
        // without a loaded IRF the box is ticked and disabled: the model keeps "measured when there is one", so an
        // IRF loaded later is used
        FitSettings s = model.settings().withMethod(m).withWeighting(w)
                .withSimulatedIrf(irf != null && simulated.getSelection()).withBackgrounds(bgSetting, irfBg);
        s = readWindow(s);
        return new FitModel(p, s);
    }

    private FitSettings readWindow(FitSettings s) throws ParameterRow.Problem {
        StartMode mode = StartMode.values()[startMode.getSelectionIndex()];
        if (decay == null) { // the window fields follow once the decay's channels are known
            return s.withWindow(mode, s.manualStart(), autoEnd.getSelection(), s.manualEnd());
        }
        int start = s.manualStart();
        if (mode == StartMode.MANUAL) {
            start = channelOf(time(windowStart, "window start", timeOf(0)));
            if (start < 0 || start >= decay.length() - 1) {
                throw new ParameterRow.Problem(String.format(Locale.ROOT,
                        "The window start must lie between %s and %s ns", ParameterRow.format(timeOf(0)),
                        ParameterRow.format(timeOf(decay.length() - 2))));
            }
        }
        int end = s.manualEnd();
        if (!autoEnd.getSelection()) {
            end = windowEnd.getText().isBlank() ? -1 : channelOf(time(windowEnd, "window end", Double.NaN));
            if (end >= 0 && (end <= (mode == StartMode.MANUAL ? start : 0) || end > decay.length())) {
                throw new ParameterRow.Problem(String.format(Locale.ROOT,
                        "The window end must lie after its start and at most at %s ns (blank: the last channel)",
                        ParameterRow.format(timeOf(decay.length()))));
            }
        }
        return s.withWindow(mode, start, autoEnd.getSelection(), end);
    }

    private static double time(Text field, String what, double blank) throws ParameterRow.Problem {
        String text = field.getText().trim();
        if (text.isEmpty()) {
            return blank;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ParameterRow.Problem("The " + what + " '" + text + "' is not a time in ns");
        }
    }

    private static double number(Text field, String name) throws ParameterRow.Problem {
        String text = field.getText().trim();
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(text);
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ParameterRow.Problem(name + ": '" + text + "' is not a count ≥ 0");
        }
    }

    /** Reads the shown decay once, in the background; the preview starts when it is there. */
    private void read() {
        reading = Job.create("Decay of " + analysis.particle().name(), monitor -> {
            try {
                DecayHistogram d = TransientPhotons.read(analysis.particle(),
                        p -> DecayHistograms.of(analysis, target, session.decayBinning()));
                deliver(() -> decayRead(d));
            } catch (IOException | RuntimeException e) {
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                deliver(() -> setErrorMessage(analysis.particle().name() + ": " + message));
            }
            return Status.OK_STATUS;
        });
        reading.setSystem(true);
        reading.schedule();
    }

    private void deliver(Runnable r) {
        Shell shell = getShell();
        if (shell != null && !shell.isDisposed()) {
            shell.getDisplay().asyncExec(() -> {
                if (!timing.isDisposed()) {
                    r.run();
                }
            });
        }
    }

    private void decayRead(DecayHistogram d) {
        decay = d;
        int n = d.length();
        double w = d.channelWidthNs();
        double[] edges = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            edges[i] = timeOf(i);
        }
        PlotCanvas decayPlot = preview.get(0);
        decayPlot.getSeries("decay").setData(SeriesData.steps(edges, d.counts()));
        if (irf != null) {
            double max = 0;
            for (double c : d.counts()) {
                max = Math.max(max, c);
            }
            double[] scaled = DecayPlotData.scaled(irf.onGridOf(d, new ArrayList<>()), n, max);
            decayPlot.getSeries("irf").setData(DecayPlotData.support(scaled, timeOf(0) + w / 2, w));
        }
        decayPlot.resetRange();
        startLine = decayPlot.addDraggableXLine(timeOf(0), Palette.ROI, "start", (x, finished) -> dragged(true, x));
        endLine = decayPlot.addDraggableXLine(timeOf(n), Palette.ROI, "end", (x, finished) -> dragged(false, x));
        showWindow(model.settings().manualStart(), model.settings().manualEnd());
        changed();
    }

    /** A marker was dragged: the window's start (then Manual) or end (then not automatic) follows it. */
    private void dragged(boolean start, double x) {
        int channel = Math.max(0, Math.min(decay.length(), channelOf(x)));
        filling = true;
        if (start) {
            startMode.select(StartMode.MANUAL.ordinal());
            windowStart.setText(ParameterRow.format(timeOf(Math.min(channel, decay.length() - 2))));
        } else {
            autoEnd.setSelection(false);
            windowEnd.setText(ParameterRow.format(timeOf(Math.max(channel, 1))));
        }
        filling = false;
        changed();
    }

    private void requestPreview() {
        if (decay == null) {
            return;
        }
        long asked = System.nanoTime();
        DecayHistogram d = decay;
        FitModel m = model;
        FitSettings s = LifetimeActions.settings(m, irf);
        Irf measured = s.simulateIrf() ? null : irf;
        previews.submit(() -> {
            ModelCurve curve = FITTER.evaluate(d, measured, m.parameters(), s);
            String thread = Thread.currentThread().getName();
            deliver(() -> showPreview(curve, asked, thread));
        });
    }

    private void showPreview(ModelCurve curve, long asked, String thread) {
        PlotCanvas decayPlot = preview.get(0);
        PlotCanvas residuals = preview.get(1);
        if (!curve.ok()) {
            decayPlot.getSeries("model").setData(SeriesData.empty());
            residuals.getSeries("residuals").setData(SeriesData.empty());
            setErrorMessage("No model: " + curve.message());
        } else {
            double w = curve.channelWidthNs();
            double x0 = timeOf(curve.startChannel()) + w / 2;
            decayPlot.getSeries("model").setData(SeriesData.uniform(x0, w, curve.counts()));
            double limit = DecayPlotData.residualLimit(curve.residuals());
            residuals.getSeries("residuals").setData(SeriesData.uniform(x0, w,
                    DecayPlotData.clip(curve.residuals(), limit)));
            startLine.setX(timeOf(curve.startChannel()));
            endLine.setX(timeOf(curve.endChannel()));
            // the automatic rules' window shows in the fields they leave disabled
            StartMode mode = model.settings().startMode();
            showWindow(mode == StartMode.MANUAL ? model.settings().manualStart() : curve.startChannel(),
                    model.settings().autoEnd() ? curve.endChannel() : model.settings().manualEnd());
        }
        long nanos = System.nanoTime() - asked;
        lastCurve = curve;
        lastThread = thread;
        lastLatencyNanos = nanos;
        previewsShown++;
        timing.setText(curve.ok() ? String.format(Locale.ROOT, "Model drawn %.1f ms after the change; window %s–%s ns",
                nanos / 1e6, ParameterRow.format(timeOf(curve.startChannel())),
                ParameterRow.format(timeOf(curve.endChannel()))) : "");
    }

    // --- for tests and screenshots ---

    /** Whether the decay has been read and a preview drawn. */
    public boolean isReady() {
        return decay != null && previewsShown > 0;
    }

    /** Previews drawn so far. */
    public int previewsShown() {
        return previewsShown;
    }

    /** The last model drawn. */
    public ModelCurve lastCurve() {
        return lastCurve;
    }

    /** Name of the thread that evaluated the last model drawn. */
    public String lastPreviewThread() {
        return lastThread;
    }

    /** Time from a change to its model being drawn, for the last one (ns). */
    public long lastLatencyNanos() {
        return lastLatencyNanos;
    }

    /** The model as the form stands. */
    public FitModel model() {
        return model;
    }

    /** The decay and residual plots of the preview. */
    public StackedPlots preview() {
        return preview;
    }

    /** The window's start marker on the decay. */
    public DraggableLine startMarker() {
        return startLine;
    }

    /** The window's end marker on the decay. */
    public DraggableLine endMarker() {
        return endLine;
    }

    /** The start value field of the parameter row named {@code name} ("τ1", "Amplitude 2", "IRF shift", …). */
    public Text startField(String name) {
        return row(name).startField();
    }

    /** The Fix box of the parameter row named {@code name}. */
    public Button fixBox(String name) {
        return row(name).fixBox();
    }

    /** The window start field (ns). */
    public Text windowStartField() {
        return windowStart;
    }

    private ParameterRow row(String name) {
        List<ParameterRow> all = new ArrayList<>(taus);
        all.addAll(amplitudes);
        all.addAll(List.of(shift, background, fwhm));
        return all.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no parameter " + name));
    }
}
