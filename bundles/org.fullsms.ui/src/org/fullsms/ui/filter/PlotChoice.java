package org.fullsms.ui.filter;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.fullsms.analysis.filter.Feature;
import org.fullsms.analysis.filter.LevelKind;
import org.fullsms.runtime.filter.FeatureHistogram;
import org.fullsms.ui.actions.Scope;

/**
 * What the Filtering view plots, as controls in a two-column grid: the file, the kind of points and the particles
 * they come from, "Only inside each ROI"; the feature on y (or "Distribution") against the one on x, Swap, "Show
 * filtered out", the bins of a distribution and "Force Through Origin" for the τ–I line.
 */
final class PlotChoice {

    private static final Scope[] SCOPES = { Scope.ALL, Scope.SELECTED, Scope.CURRENT };

    private final Combo file;
    private final Combo kind;
    private final Combo particles;
    private final Button roiOnly;
    private final Combo yChoice;
    private final Combo xFeature;
    private final Button showOut;
    private final Button autoBins;
    private final Spinner bins;
    private final Button throughOrigin;

    /**
     * @param changed      a choice changed what is computed
     * @param fileChosen   another file was chosen
     * @param showOutSet   "Show filtered out" was switched (only the drawing changes)
     */
    PlotChoice(Composite grid, Runnable changed, Runnable fileChosen, Consumer<Boolean> showOutSet) {
        new Label(grid, SWT.NONE).setText("File:");
        file = Controls.combo(grid, "The open file whose particles are filtered");
        new Label(grid, SWT.NONE).setText("Data:");
        kind = Controls.combo(grid, "Levels, group levels (fitted when grouped without a cutting ROI) or groups",
                LevelKind.LEVEL.label(), LevelKind.GROUP_LEVEL.label(), LevelKind.GROUP.label());
        new Label(grid, SWT.NONE).setText("Of:");
        particles = Controls.combo(grid, "All particles of the file, the checked ones, or the one of the particle "
                + "editor last shown", "all particles", "the selected particles", "the current particle");
        roiOnly = Controls.check(grid, "Only inside each ROI", false, "Leave out levels outside the particle's "
                + "region of interest");
        roiOnly.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Controls.separator(grid, 2);
        new Label(grid, SWT.NONE).setText("Plot:");
        yChoice = Controls.combo(grid, "A feature against another, or the distribution of one (the original's "
                + "\"Plot Distribution\")", "Distribution");
        new Label(grid, SWT.NONE).setText("against:");
        xFeature = Controls.combo(grid, "The feature on the horizontal axis");
        for (Feature f : Feature.values()) {
            yChoice.add(f.label());
            xFeature.add(f.label());
        }
        yChoice.select(Feature.LIFETIME.ordinal() + 1);
        xFeature.select(Feature.INTENSITY.ordinal());
        Composite buttons = Controls.row(grid, 2);
        Controls.button(buttons, "Swap", "Swap the axes of a scatter plot", () -> {
            if (yChoice.getSelectionIndex() > 0) {
                int x = xFeature.getSelectionIndex();
                xFeature.select(yChoice.getSelectionIndex() - 1);
                yChoice.select(x + 1);
                changed.run();
            }
        });
        showOut = Controls.check(buttons, "Show filtered out", true, "Draw the points and bins the filters leave "
                + "out, in grey");
        Composite binRow = Controls.row(grid, 2);
        autoBins = Controls.check(binRow, "Auto bins", true, "numpy's \"auto\" rule, as the original; off: the "
                + "number beside");
        bins = new Spinner(binRow, SWT.BORDER);
        bins.setValues(10, FeatureHistogram.MIN_BINS, FeatureHistogram.MAX_BINS, 0, 1, 10);
        bins.setEnabled(false);
        throughOrigin = Controls.check(grid, "Force Through Origin", true, "The τ–I line: τ = slope · I (the "
                + "original's default), else τ = slope · I + intercept; R² through the origin is the uncentred one, "
                + "as statsmodels gives");
        throughOrigin.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        file.addListener(SWT.Selection, e -> fileChosen.run());
        showOut.addListener(SWT.Selection, e -> showOutSet.accept(showOut.getSelection()));
        autoBins.addListener(SWT.Selection, e -> bins.setEnabled(!autoBins.getSelection()));
        for (Control c : new Control[] { kind, particles, roiOnly, yChoice, xFeature, autoBins, bins,
            throughOrigin }) {
            c.addListener(SWT.Selection, e -> changed.run());
        }
    }

    /** The file combo: its items are the open files. */
    Combo file() {
        return file;
    }

    LevelKind kind() {
        return LevelKind.values()[kind.getSelectionIndex()];
    }

    Scope scope() {
        return SCOPES[particles.getSelectionIndex()];
    }

    boolean roiOnly() {
        return roiOnly.getSelection();
    }

    /** The feature on y, or null for a distribution. */
    Feature y() {
        return yChoice.getSelectionIndex() <= 0 ? null : Feature.values()[yChoice.getSelectionIndex() - 1];
    }

    Feature x() {
        return Feature.values()[xFeature.getSelectionIndex()];
    }

    /** The number of bins, 0 for the automatic rule. */
    int bins() {
        return autoBins.getSelection() ? 0 : bins.getSelection();
    }

    /** Shows the number of bins the automatic rule chose. */
    void automaticBins(int n) {
        if (autoBins.getSelection() && n > 0) {
            bins.setSelection(n);
        }
    }

    boolean throughOrigin() {
        return throughOrigin.getSelection();
    }
}
