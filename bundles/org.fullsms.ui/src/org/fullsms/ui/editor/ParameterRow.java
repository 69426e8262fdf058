package org.fullsms.ui.editor;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fullsms.analysis.lifetime.FitParameter;

/**
 * One row of the fit dialog's parameter grid: name (with unit), start value, lower and upper bound, Fix. A blank
 * start means "automatic" where the parameter has one (shift, background); blank bounds are unbounded.
 */
final class ParameterRow {

    /** A value the user typed that cannot be used, with the reason to show. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message, null, false, false);
        }
    }

    private static final int FIELD_WIDTH = 62;

    private final String name;
    private final boolean automatic;
    private final Label label;
    private final Text start;
    private final Text min;
    private final Text max;
    private final Button fix;

    /**
     * Adds the row's five cells to {@code grid} (a five-column grid).
     *
     * @param automatic whether a blank start means "automatic"
     * @param changed   called on every edit
     */
    ParameterRow(Composite grid, String name, String unit, boolean automatic, Runnable changed) {
        this.name = name;
        this.automatic = automatic;
        label = new Label(grid, SWT.NONE);
        label.setText(unit == null ? name : name + " (" + unit + ")");
        start = field(grid, changed);
        if (automatic) {
            start.setMessage("auto");
        }
        min = field(grid, changed);
        max = field(grid, changed);
        min.setMessage("−∞");
        max.setMessage("∞");
        fix = new Button(grid, SWT.CHECK);
        fix.setToolTipText("Hold " + name + " at its start value");
        fix.addListener(SWT.Selection, e -> changed.run());
    }

    private static Text field(Composite grid, Runnable changed) {
        Text t = new Text(grid, SWT.BORDER | SWT.RIGHT);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
        data.widthHint = FIELD_WIDTH;
        t.setLayoutData(data);
        t.addListener(SWT.Modify, e -> changed.run());
        return t;
    }

    String name() {
        return name;
    }

    /** Shows {@code p} (the caller suppresses the change notifications). */
    void show(FitParameter p) {
        start.setText(Double.isNaN(p.start()) ? "" : format(p.start()));
        min.setText(p.min() == Double.NEGATIVE_INFINITY ? "" : format(p.min()));
        max.setText(p.max() == Double.POSITIVE_INFINITY ? "" : format(p.max()));
        fix.setSelection(p.fixed());
    }

    /** The parameter as typed. */
    FitParameter read() throws Problem {
        double s = number(start, Double.NaN, "start value");
        if (Double.isNaN(s) && !automatic) {
            throw new Problem(name + ": a start value is needed");
        }
        double lo = number(min, Double.NEGATIVE_INFINITY, "lower bound");
        double hi = number(max, Double.POSITIVE_INFINITY, "upper bound");
        if (fix.getSelection() && Double.isNaN(s)) {
            throw new Problem(name + ": a fixed value is needed (it cannot be fixed at automatic)");
        }
        if (!fix.getSelection() && lo > hi) {
            throw new Problem(name + ": the lower bound exceeds the upper bound");
        }
        if (!fix.getSelection() && !Double.isNaN(s) && (s < lo || s > hi)) {
            throw new Problem(name + ": the start value lies outside its bounds");
        }
        return new FitParameter(s, lo, hi, fix.getSelection());
    }

    private double number(Text field, double blank, String what) throws Problem {
        String text = field.getText().trim();
        if (text.isEmpty()) {
            return blank;
        }
        try {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new Problem(name + ": the " + what + " '" + text + "' is not a number");
        }
    }

    void setEnabled(boolean enabled) {
        label.setEnabled(enabled);
        start.setEnabled(enabled);
        min.setEnabled(enabled);
        max.setEnabled(enabled);
        fix.setEnabled(enabled);
    }

    /** Enables the bounds and Fix alone (a value that is subtracted, not fitted, has a start only). */
    void setFittable(boolean fittable) {
        min.setEnabled(fittable);
        max.setEnabled(fittable);
        fix.setEnabled(fittable);
    }

    Text startField() {
        return start;
    }

    Button fixBox() {
        return fix;
    }

    /** Up to six significant digits, without trailing zeros: 0.1, 2.25, 1e-05. */
    static String format(double v) {
        String text = String.format(Locale.ROOT, "%.6g", v);
        if (text.contains("e")) {
            return text.replaceFirst("\\.?0+e", "e");
        }
        return text.contains(".") ? text.replaceFirst("0+$", "").replaceFirst("\\.$", "") : text;
    }
}
