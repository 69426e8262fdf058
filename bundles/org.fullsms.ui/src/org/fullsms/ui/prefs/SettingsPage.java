package org.fullsms.ui.prefs;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fullsms.ui.prefs.UiPreferences.Key;

/**
 * A page of settings (REFERENCE §3.6 and display): a number field, check box or drop-down per {@link UiPreferences}
 * key (a drop-down stores the index of its choice). OK
 * checks the values by building the engine's parameter record; a bad value is named on the page and nothing is
 * stored.
 */
final class SettingsPage extends PreferencePage {

    /** One setting on the page: a number field, a check box when {@code check}, a drop-down with {@code choices}. */
    record Field(Key key, String label, boolean check, List<String> choices) {
        static Field number(Key key, String label) {
            return new Field(key, label, false, List.of());
        }

        static Field check(Key key, String label) {
            return new Field(key, label, true, List.of());
        }

        static Field choice(Key key, String label, List<String> choices) {
            return new Field(key, label, false, List.copyOf(choices));
        }
    }

    private final List<Field> fields;
    private final Runnable validation;
    private final Map<Key, Text> texts = new EnumMap<>(Key.class);
    private final Map<Key, Button> checks = new EnumMap<>(Key.class);
    private final Map<Key, Combo> combos = new EnumMap<>(Key.class);

    /** {@code validation} builds the page's parameter record from the stored settings; it throws when one is bad. */
    SettingsPage(List<Field> fields, Runnable validation) {
        this.fields = List.copyOf(fields);
        this.validation = validation;
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        for (Field f : fields) {
            if (f.check()) {
                Button b = new Button(area, SWT.CHECK);
                b.setText(f.label());
                b.setSelection(UiPreferences.flag(f.key()));
                b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
                checks.put(f.key(), b);
            } else if (!f.choices().isEmpty()) {
                new Label(area, SWT.NONE).setText(f.label());
                Combo combo = new Combo(area, SWT.DROP_DOWN | SWT.READ_ONLY);
                combo.setItems(f.choices().toArray(String[]::new));
                combo.select((int) UiPreferences.get(f.key()));
                combos.put(f.key(), combo);
            } else {
                new Label(area, SWT.NONE).setText(f.label());
                Text text = new Text(area, SWT.BORDER | SWT.RIGHT);
                text.setText(format(UiPreferences.get(f.key())));
                GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
                data.widthHint = 70;
                text.setLayoutData(data);
                texts.put(f.key(), text);
            }
        }
        return area;
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    @Override
    protected void performDefaults() {
        texts.forEach((k, t) -> t.setText(format(k.defaultValue())));
        checks.forEach((k, b) -> b.setSelection(k.defaultValue() != 0));
        combos.forEach((k, c) -> c.select((int) k.defaultValue()));
        setErrorMessage(null);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        Map<Key, Double> values = new EnumMap<>(Key.class);
        for (Map.Entry<Key, Text> e : texts.entrySet()) {
            try {
                values.put(e.getKey(), Double.parseDouble(e.getValue().getText().trim()));
            } catch (NumberFormatException ex) {
                setErrorMessage("Not a number: " + e.getValue().getText());
                return false;
            }
        }
        checks.forEach((k, b) -> values.put(k, b.getSelection() ? 1.0 : 0.0));
        combos.forEach((k, c) -> values.put(k, (double) Math.max(0, c.getSelectionIndex())));
        Map<Key, Double> old = new EnumMap<>(Key.class);
        values.keySet().forEach(k -> old.put(k, UiPreferences.get(k)));
        values.forEach(UiPreferences::set);
        try {
            validation.run();
        } catch (IllegalArgumentException ex) {
            old.forEach(UiPreferences::set);
            setErrorMessage(ex.getMessage());
            return false;
        }
        String error = UiPreferences.flush();
        if (error != null) {
            setErrorMessage("Settings apply now but could not be saved: " + error);
            return false;
        }
        setErrorMessage(null);
        return true;
    }
}
