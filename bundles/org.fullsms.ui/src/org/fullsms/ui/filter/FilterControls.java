package org.fullsms.ui.filter;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fullsms.analysis.filter.Bound;
import org.fullsms.analysis.filter.DwLevel;
import org.fullsms.analysis.filter.Feature;
import org.fullsms.analysis.filter.FilterSettings;
import org.fullsms.analysis.filter.Limit;

/**
 * The filters as controls, one row per feature — its minimum and maximum each with a check box and a value, then
 * the unit — and the Durbin–Watson test with its significance (five rows and one for the photons, so that they fit
 * beside the plot on a 768-pixel screen). Every valid edit hands the whole settings to the listener; a value that
 * is not a number is marked and not applied. {@link #show} sets the controls without telling the listener.
 */
final class FilterControls {

    private static final int VALUE_WIDTH = 56;

    private final Map<Bound, Button> checks = new EnumMap<>(Bound.class);
    private final Map<Bound, Text> values = new EnumMap<>(Bound.class);
    private final Button dw;
    private final Combo dwLevel;
    private final Consumer<FilterSettings> changed;
    private final Color invalid;
    private FilterSettings shown = FilterSettings.DEFAULTS;
    private boolean updating;

    FilterControls(Composite parent, Consumer<FilterSettings> changed) {
        this.changed = changed;
        this.invalid = new Color(255, 210, 210);
        Composite grid = new Composite(parent, SWT.NONE);
        GridLayout g = new GridLayout(6, false);
        g.marginWidth = 0;
        g.marginHeight = 0;
        g.verticalSpacing = 0;
        grid.setLayout(g);
        grid.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(grid, SWT.NONE).setText("Filter out");
        header(grid, "below");
        header(grid, "above");
        new Label(grid, SWT.NONE);
        for (Feature f : Feature.values()) {
            if (f == Feature.DW) {
                continue;
            }
            new Label(grid, SWT.NONE).setText(f.label());
            bound(grid, f, true);
            bound(grid, f, false);
            new Label(grid, SWT.NONE).setText(FilterChart.unit(f) == null ? "" : FilterChart.unit(f));
        }
        new Label(grid, SWT.NONE).setText("DW test");
        dw = new Button(grid, SWT.CHECK);
        dw.setToolTipText("Filter out fits whose d is below its lower bound at this significance (correlated "
                + "residuals), and levels without a fit");
        dwLevel = new Combo(grid, SWT.READ_ONLY);
        for (DwLevel l : DwLevel.values()) {
            dwLevel.add(l.label());
        }
        dwLevel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, 3, 1));
        new Label(grid, SWT.NONE).setText("bound");
        dw.addListener(SWT.Selection, e -> edited());
        dwLevel.addListener(SWT.Selection, e -> edited());
        grid.addListener(SWT.Dispose, e -> invalid.dispose());
        show(FilterSettings.DEFAULTS);
    }

    private static void header(Composite grid, String text) {
        Label l = new Label(grid, SWT.NONE);
        l.setText(text);
        l.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
    }

    /** A check box and value for the minimum or maximum of a feature, or two empty cells when it has none. */
    private void bound(Composite grid, Feature f, boolean minimum) {
        Bound b = null;
        for (Bound candidate : Bound.values()) {
            if (candidate.feature() == f && candidate.isMinimum() == minimum) {
                b = candidate;
            }
        }
        if (b == null) {
            new Label(grid, SWT.NONE);
            new Label(grid, SWT.NONE);
            return;
        }
        Button check = new Button(grid, SWT.CHECK);
        check.setToolTipText(b.label() + ": filter out levels " + (minimum ? "below" : "above") + " this value"
                + (f.fromFit() ? ", and levels without a lifetime fit" : ""));
        Text value = new Text(grid, SWT.BORDER | SWT.RIGHT);
        GridData d = new GridData(SWT.FILL, SWT.CENTER, false, false);
        d.widthHint = VALUE_WIDTH;
        value.setLayoutData(d);
        value.setToolTipText(check.getToolTipText());
        check.addListener(SWT.Selection, e -> edited());
        value.addListener(SWT.Modify, e -> edited());
        checks.put(b, check);
        values.put(b, value);
    }

    /** Sets the controls to {@code s} without reporting an edit. */
    void show(FilterSettings s) {
        updating = true;
        try {
            for (Bound b : Bound.values()) {
                Limit l = s.limit(b);
                checks.get(b).setSelection(l.enabled());
                Text v = values.get(b);
                if (parse(v.getText()) != l.value()) {
                    v.setText(text(l.value()));
                }
                v.setBackground(null);
            }
            dw.setSelection(s.dwEnabled());
            dwLevel.select(s.dwLevel().ordinal());
            shown = s;
        } finally {
            updating = false;
        }
    }

    /** "100", "0.1", "-1.5": the value without trailing zeros. */
    private static String text(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static double parse(String text) {
        try {
            double v = Double.parseDouble(text.strip());
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The settings the controls show; a value that is not a number keeps the last one applied. */
    FilterSettings settings() {
        FilterSettings s = FilterSettings.DEFAULTS;
        for (Bound b : Bound.values()) {
            double v = parse(values.get(b).getText());
            s = s.with(b, new Limit(checks.get(b).getSelection(), Double.isNaN(v) ? shown.limit(b).value() : v));
        }
        return s.withDw(dw.getSelection(), DwLevel.values()[Math.max(0, dwLevel.getSelectionIndex())]);
    }

    private void edited() {
        if (updating) {
            return;
        }
        for (Text v : values.values()) {
            v.setBackground(Double.isNaN(parse(v.getText())) ? invalid : null);
        }
        shown = settings();
        changed.accept(shown);
    }

    /** The check box of a bound (tests). */
    Button check(Bound b) {
        return checks.get(b);
    }

    /** The value of a bound (tests). */
    Text value(Bound b) {
        return values.get(b);
    }
}
