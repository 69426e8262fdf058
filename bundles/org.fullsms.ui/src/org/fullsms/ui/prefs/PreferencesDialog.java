package org.fullsms.ui.prefs;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.fullsms.ui.prefs.UiPreferences.Key;

/**
 * File &gt; Preferences…: the §3.6 settings in four groups. Values are checked by building the engine parameter
 * records; a bad value is named in the dialog and nothing is stored.
 */
public final class PreferencesDialog extends Dialog {

    private final Map<Key, Text> texts = new EnumMap<>(Key.class);
    private final Map<Key, Button> checks = new EnumMap<>(Key.class);
    private Label problem;

    public PreferencesDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Preferences");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, true));
        Group cpa = group(area, "Change point analysis");
        number(cpa, Key.CPA_CONFIDENCE, "Default confidence (%): 99, 95, 90 or 69");
        number(cpa, Key.CPA_MIN_PHOTONS, "Minimum photons per segment (5–100)");
        number(cpa, Key.CPA_BOUNDARY_OFFSET, "Minimum boundary offset (photons, 0–20)");
        Group bursts = group(area, "Photon bursts");
        number(bursts, Key.BURST_MIN_DWELL_S, "Maximum burst dwell (s)");
        check(bursts, Key.BURST_USE_SIGMA, "Threshold = mean + σ factor · SD");
        number(bursts, Key.BURST_SIGMA, "σ factor");
        number(bursts, Key.BURST_DEFINED_CPS, "Otherwise threshold (counts/s)");
        Group lifetime = group(area, "Lifetime fit range");
        check(lifetime, Key.LT_USE_MOVING_AVERAGE, "Smooth with a moving average");
        number(lifetime, Key.LT_MOVING_AVERAGE_WINDOW, "Moving-average window (channels)");
        number(lifetime, Key.LT_START_PERCENT, "Start at % of maximum");
        number(lifetime, Key.LT_END_MULTIPLE, "End at multiple of background");
        number(lifetime, Key.LT_END_PERCENT, "…or at % of maximum");
        number(lifetime, Key.LT_MIN_WINDOW_NS, "Minimum decay window (ns)");
        number(lifetime, Key.LT_BACKGROUND_PERCENT, "Background at most % of maximum");
        Group grouping = group(area, "Grouping");
        number(grouping, Key.GROUP_MAX_ITERATIONS, "EM iterations at most");
        number(grouping, Key.GROUP_TOLERANCE, "EM tolerance");
        check(grouping, Key.GROUP_FULL_LIKELIHOOD, "Complete likelihood in the BIC (see docs/grouping.md)");
        problem = new Label(area, SWT.WRAP);
        problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_RED));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        return area;
    }

    private static Group group(Composite parent, String title) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(title);
        g.setLayout(new GridLayout(2, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return g;
    }

    private void number(Composite parent, Key key, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | SWT.RIGHT);
        text.setText(format(UiPreferences.get(key)));
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 70;
        text.setLayoutData(data);
        texts.put(key, text);
    }

    private void check(Composite parent, Key key, String label) {
        Button b = new Button(parent, SWT.CHECK);
        b.setText(label);
        b.setSelection(UiPreferences.flag(key));
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        checks.put(key, b);
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button defaults = createButton(parent, IDialogConstants.CLIENT_ID, "Restore Defaults", false);
        defaults.addListener(SWT.Selection, e -> {
            texts.forEach((k, t) -> t.setText(format(k.defaultValue())));
            checks.forEach((k, b) -> b.setSelection(k.defaultValue() != 0));
        });
        super.createButtonsForButtonBar(parent);
    }

    @Override
    protected void okPressed() {
        Map<Key, Double> values = new EnumMap<>(Key.class);
        for (Map.Entry<Key, Text> e : texts.entrySet()) {
            try {
                values.put(e.getKey(), Double.parseDouble(e.getValue().getText().trim()));
            } catch (NumberFormatException ex) {
                problem.setText("Not a number: " + e.getValue().getText());
                return;
            }
        }
        checks.forEach((k, b) -> values.put(k, b.getSelection() ? 1.0 : 0.0));
        Map<Key, Double> old = new EnumMap<>(Key.class);
        for (Key k : Key.values()) {
            old.put(k, UiPreferences.get(k));
        }
        values.forEach(UiPreferences::set);
        try {
            // building the records validates every value with the engines' own checks
            UiPreferences.changePoints(UiPreferences.get(Key.CPA_CONFIDENCE));
            UiPreferences.bursts();
            UiPreferences.lifetimeRange();
            UiPreferences.grouping();
        } catch (IllegalArgumentException ex) {
            old.forEach(UiPreferences::set);
            problem.setText(ex.getMessage());
            problem.getParent().layout();
            return;
        }
        String error = UiPreferences.flush();
        if (error != null) {
            problem.setText("Settings apply now but could not be saved: " + error);
            return;
        }
        super.okPressed();
    }
}
