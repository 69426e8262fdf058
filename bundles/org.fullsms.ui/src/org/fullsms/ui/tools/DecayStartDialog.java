package org.fullsms.ui.tools;

import java.io.IOException;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.fullsms.analysis.lifetime.DecayHistogram;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.runtime.DecayHistograms;
import org.fullsms.runtime.TransientPhotons;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.charts.DraggableLine;
import org.fullsms.ui.charts.Palette;
import org.fullsms.ui.charts.PlotCanvas;
import org.fullsms.ui.charts.SeriesData;
import org.fullsms.ui.charts.SeriesStyle;

/**
 * Analysis &gt; Set Decay Start…: where a file's decays begin (the original's "Set decay startpoint"). The channels
 * before it are left out of every decay histogram, fit, IRF placement and exported decay of the file; the fits made
 * so far are removed (Edit &gt; Undo brings them back). The whole-trace decay of one particle is shown with the start
 * as a line to drag; Suggest takes the original's estimate (the channel after the last run of ten empty channels
 * before the peak).
 */
public final class DecayStartDialog extends TitleAreaDialog {

    /** Channels that must stay after the start: fewer cannot hold a decay and its background. */
    static final int MIN_CHANNELS_LEFT = 10;

    private final AnalysisSession session;
    private final ParticleAnalysis shown;
    private HistogramBinning current;
    private HistogramBinning full;
    private DecayHistogram decay;
    private Text start;
    private Label channel;
    private Button suggest;
    private PlotCanvas preview;
    private DraggableLine line;
    private Job reading;
    private HistogramBinning chosen;
    private boolean typing;

    /** @param shown the particle whose decay is drawn (the current one) */
    public DecayStartDialog(Shell parent, AnalysisSession session, ParticleAnalysis shown) {
        super(parent);
        this.session = session;
        this.shown = shown;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Set Decay Start");
        shell.addListener(SWT.Dispose, e -> {
            if (reading != null) {
                reading.cancel();
            }
        });
    }

    @Override
    protected Point getInitialSize() {
        return new Point(720, 560);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        String file = session.dataset().source().map(p -> p.getFileName().toString()).orElse("the file");
        setTitle("Decays of " + file + " start at");
        long fitted = session.particles().stream().filter(a -> !a.fits().isEmpty()).count();
        setMessage("Channels before the start are left out of every decay, fit and exported decay of the file."
                + (fitted == 0 ? "" : " The fits of " + fitted + (fitted == 1 ? " particle are" : " particles are")
                        + " removed; Edit > Undo brings them back."));
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        c.setLayout(new GridLayout(5, false));
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(c, SWT.NONE).setText("Start (ns):");
        start = new Text(c, SWT.BORDER | SWT.RIGHT);
        GridData startData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        startData.widthHint = 90;
        start.setLayoutData(startData);
        start.addListener(SWT.Modify, e -> {
            if (!typing) {
                typed();
            }
        });
        channel = new Label(c, SWT.NONE);
        channel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        suggest = new Button(c, SWT.PUSH);
        suggest.setText("Suggest");
        suggest.setToolTipText("The original's estimate on this decay: the channel after the last run of 10 empty "
                + "channels before the peak");
        suggest.addListener(SWT.Selection, e -> setStartChannel(decay.zeroRunStartChannel()));
        Button zero = new Button(c, SWT.PUSH);
        zero.setText("From 0 ns");
        zero.setToolTipText("Every channel: decays start at the first TCSPC channel");
        zero.addListener(SWT.Selection, e -> setStartChannel(0));
        preview = new PlotCanvas(c, SWT.NONE);
        preview.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        preview.setAxisTitle(PlotCanvas.Axis.X, "Micro time", "ns");
        preview.setAxisTitle(PlotCanvas.Axis.Y, "Counts per channel", null);
        preview.setYLogScale(true);
        preview.setLegendPosition(SWT.TOP);
        preview.addSeries("decay", shown.particle().name() + " (whole trace)", SeriesStyle.histogram(Palette.TRACE),
                SeriesData.empty());
        start.setEnabled(false);
        suggest.setEnabled(false);
        zero.setEnabled(false);
        channel.setText("Reading the decay of " + shown.particle().name() + "…");
        read(zero);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Set Start", true).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** Reads the grid and the shown particle's decay from channel 0 in the background. */
    private void read(Button zero) {
        reading = Job.create("Decay of " + shown.particle().name(), monitor -> {
            try {
                HistogramBinning grid = session.decayBinning();
                HistogramBinning all = grid.fromChannel(0);
                DecayHistogram d = TransientPhotons.read(shown.particle(),
                        p -> DecayHistograms.of(shown, FitTarget.WHOLE, all));
                deliver(() -> show(grid, all, d, zero));
            } catch (IOException | RuntimeException e) {
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                deliver(() -> setErrorMessage(shown.particle().name() + ": " + message));
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
                if (!start.isDisposed()) {
                    r.run();
                }
            });
        }
    }

    private void show(HistogramBinning grid, HistogramBinning all, DecayHistogram d, Button zero) {
        current = grid;
        full = all;
        decay = d;
        double w = all.channelWidthNs();
        double[] edges = new double[d.length() + 1];
        for (int i = 0; i <= d.length(); i++) {
            edges[i] = d.offsetNs() + i * w;
        }
        preview.getSeries("decay").setData(SeriesData.steps(edges, d.counts()));
        preview.resetRange();
        line = preview.addDraggableXLine(grid.firstChannel() * w, Palette.ROI, "start", (x, finished) -> {
            setStartChannel((int) Math.round(x / w));
        });
        start.setEnabled(true);
        suggest.setEnabled(d.total() > 0);
        zero.setEnabled(true);
        setStartChannel(grid.firstChannel());
    }

    /** Sets the start to a channel (also used by tests). */
    public void setStartChannel(int c) {
        typing = true;
        start.setText(String.format(Locale.ROOT, "%.6g", c * full.channelWidthNs()).replaceFirst("\\.?0+$", ""));
        typing = false;
        typed();
    }

    /** Sets the start as typed, in ns (also used by tests). */
    public void setStartNs(String text) {
        start.setText(text);
    }

    private void typed() {
        if (full == null) {
            return;
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        chosen = null;
        double ns;
        try {
            ns = Double.parseDouble(start.getText().trim());
        } catch (NumberFormatException e) {
            ns = Double.NaN;
        }
        double w = full.channelWidthNs();
        int last = full.endChannel() - MIN_CHANNELS_LEFT;
        if (!(ns >= 0) || !Double.isFinite(ns) || Math.round(ns / w) > last) {
            setErrorMessage(String.format(Locale.ROOT, "The start must be a time from 0 to %s ns (%d channels of %s "
                    + "ns must remain)", number(last * w), MIN_CHANNELS_LEFT, number(w)));
            channel.setText("");
            ok.setEnabled(false);
            return;
        }
        int c = (int) Math.round(ns / w);
        chosen = full.fromChannel(c);
        setErrorMessage(null);
        channel.setText(String.format(Locale.ROOT, "= channel %d of %s ns%s", c, number(w),
                c == current.firstChannel() ? " (the start now)" : ""));
        channel.getParent().layout();
        if (line != null) {
            line.setX(c * w);
        }
        ok.setEnabled(c != current.firstChannel());
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6g", v).replaceFirst("(\\.\\d*?)0+$", "$1").replaceFirst("\\.$", "");
    }

    /** The start as it stands in the field, in ns (tests). */
    public String startText() {
        return start.getText();
    }

    /** The decay preview (tests and screenshots). */
    public PlotCanvas preview() {
        return preview;
    }

    /** Whether the grid and decay have been read (tests). */
    public boolean isReady() {
        return full != null;
    }

    /** The grid in use when the dialog opened. */
    public HistogramBinning current() {
        return current;
    }

    /** The grid starting at the chosen channel, once Set Start was pressed; else null. */
    public HistogramBinning chosen() {
        return getReturnCode() == OK ? chosen : null;
    }
}
