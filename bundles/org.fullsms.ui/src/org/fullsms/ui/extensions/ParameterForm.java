package org.fullsms.ui.extensions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fullsms.runtime.extensions.ParameterRecords;
import org.fullsms.runtime.extensions.ParameterRecords.Field;

/**
 * A settings form generated from a parameter record (components annotated with
 * {@link org.fullsms.spi.params.Parameter}): per component a label, a field and its unit — a text field for numbers
 * and text, a check box for booleans, a drop-down for enums — with the description and limits as tooltip. Every
 * edit is checked at once through {@link ParameterRecords#parse}, the same check the command line makes; the
 * message of a refused value is shown under the form and {@link #parameters()} is empty until it is fixed.
 *
 * @param <P> the parameter record
 */
public final class ParameterForm<P extends Record> {

    /** Width of a number field, in characters. */
    private static final int NUMBER_COLUMNS = 12;

    private final Class<P> type;
    private final P base;
    private final Composite composite;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Label problemLabel;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private P parameters;
    private String problem;

    /**
     * @param base    the values of components the form cannot show (none today) and the record {@link #parse}
     *                starts from: the analysis's defaults
     * @param initial the values shown first
     */
    public ParameterForm(Composite parent, Class<P> type, P base, P initial) {
        this.type = type;
        this.base = base;
        composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(3, false));
        List<Field> fields = ParameterRecords.fields(type);
        if (fields.isEmpty()) {
            Label none = new Label(composite, SWT.NONE);
            none.setText("This analysis has no settings.");
            none.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        }
        for (Field f : fields) {
            Label label = new Label(composite, SWT.NONE);
            label.setText(f.label() + ":");
            Control control = field(f);
            Label unit = new Label(composite, SWT.NONE);
            unit.setText(f.unit());
            String tip = tooltip(f);
            label.setToolTipText(tip);
            control.setToolTipText(tip);
            unit.setToolTipText(tip);
            controls.put(f.name(), control);
        }
        problemLabel = new Label(composite, SWT.WRAP);
        problemLabel.setForeground(composite.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        // room for a two-line message, so that a refused value does not resize the dialog
        problemData.heightHint = 2 * lineHeight(problemLabel);
        problemData.widthHint = 360;
        problemLabel.setLayoutData(problemData);
        setValues(initial);
    }

    private Control field(Field f) {
        Class<?> t = f.type();
        if (t == boolean.class) {
            Button check = new Button(composite, SWT.CHECK);
            check.addListener(SWT.Selection, e -> validate());
            return check;
        }
        if (t.isEnum()) {
            Combo combo = new Combo(composite, SWT.READ_ONLY);
            combo.setItems(f.choices().toArray(String[]::new));
            combo.addListener(SWT.Selection, e -> validate());
            return combo;
        }
        Text text = new Text(composite, SWT.BORDER | (t == String.class ? SWT.LEFT : SWT.RIGHT));
        GridData data = new GridData(SWT.FILL, SWT.CENTER, t == String.class, false);
        GC gc = new GC(text);
        try {
            data.widthHint = (int) Math.ceil(NUMBER_COLUMNS * gc.getFontMetrics().getAverageCharacterWidth());
        } finally {
            gc.dispose();
        }
        text.setLayoutData(data);
        text.addListener(SWT.Modify, e -> validate());
        return text;
    }

    /** The description, then the limits of a number ("at least 0", "between 1 and 10"). */
    private static String tooltip(Field f) {
        String limits = f.limits();
        if (f.description().isEmpty()) {
            return limits.isEmpty() ? null : limits.substring(0, 1).toUpperCase() + limits.substring(1);
        }
        return limits.isEmpty() ? f.description() : f.description() + " (" + limits + ")";
    }

    private static int lineHeight(Control c) {
        GC gc = new GC(c);
        try {
            return gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
    }

    /** Shows {@code values} in the fields (e.g. the analysis's defaults). */
    public void setValues(P values) {
        ParameterRecords.values(values).forEach((name, text) -> {
            switch (controls.get(name)) {
                case Button check -> check.setSelection(Boolean.parseBoolean(text));
                case Combo combo -> combo.select(combo.indexOf(text));
                case Text field -> field.setText(text);
                default -> throw new IllegalStateException("no field for " + name);
            }
        });
        validate();
    }

    /** The fields' values as text, by component name. */
    public Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        controls.forEach((name, control) -> texts.put(name, switch (control) {
            case Button check -> Boolean.toString(check.getSelection());
            case Combo combo -> combo.getText();
            case Text field -> field.getText();
            default -> throw new IllegalStateException("no field for " + name);
        }));
        return texts;
    }

    private void validate() {
        try {
            parameters = ParameterRecords.parse(type, base, texts());
            problem = null;
        } catch (IllegalArgumentException e) {
            parameters = null;
            problem = e.getMessage();
        }
        problemLabel.setText(problem == null ? "" : problem);
        listeners.forEach(Runnable::run);
    }

    /** The parameters the fields give, or null while a value is refused. */
    public P parameters() {
        return parameters;
    }

    /** Why a value is refused (as shown under the form), or null when the fields are valid. */
    public String problem() {
        return problem;
    }

    /** Runs {@code listener} on the UI thread after each edit (check {@link #problem()}). */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /** The field of a component (a {@link Text}, {@link Button} or {@link Combo}), or null for an unknown name. */
    public Control control(String name) {
        return controls.get(name);
    }

    /** The form's area (lay it out in its parent; dispose it to remove the form). */
    public Composite composite() {
        return composite;
    }
}
