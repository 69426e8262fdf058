package org.fullsms.ui.extensions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.fullsms.ui.Widgets;
import org.fullsms.ui.extensions.BrightLevels.Settings;
import org.fullsms.ui.extensions.BrightLevels.Weighting;
import org.fullsms.ui.prefs.UiPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The settings form generated from a parameter record: a field of the right kind per component with label, unit and
 * limits; a refused value is explained under the form and gives no parameters; the last values are remembered.
 */
class ParameterFormTest {

    private static final Settings DEFAULTS = new BrightLevels().defaultParameters();

    private Shell shell;

    @BeforeEach
    void shell() {
        shell = new Shell(Display.getDefault());
    }

    @AfterEach
    void dispose() {
        shell.dispose();
    }

    @Test
    void oneFieldPerComponentWithLabelUnitAndValue() {
        ParameterForm<Settings> form = new ParameterForm<>(shell, Settings.class, DEFAULTS,
                new Settings(0.9, Weighting.DWELL, true));
        Text factor = (Text) Widgets.field(form.composite(), "Threshold");
        assertEquals("0.9", factor.getText());
        assertEquals("brightness factor (at least 0 \u00d7 mean)", factor.getToolTipText());
        assertTrue(Widgets.labels(form.composite()).contains("\u00d7 mean"), "the unit beside the field");
        Combo weighting = (Combo) Widgets.field(form.composite(), "Weighting");
        assertArrayEquals(new String[] { "PHOTONS", "DWELL" }, weighting.getItems());
        assertEquals("DWELL", weighting.getText());
        Button atThreshold = (Button) Widgets.field(form.composite(), "Count levels at the threshold");
        assertTrue((atThreshold.getStyle() & SWT.CHECK) != 0, "a boolean is a check box");
        assertTrue(atThreshold.getSelection());
        assertEquals(new Settings(0.9, Weighting.DWELL, true), form.parameters());
        assertNull(form.problem());

        form.setValues(DEFAULTS);
        assertEquals("1.2", factor.getText());
        assertEquals(DEFAULTS, form.parameters());
    }

    @Test
    void aRefusedValueIsExplainedUnderTheFormUntilFixed() {
        ParameterForm<Settings> form = new ParameterForm<>(shell, Settings.class, DEFAULTS, DEFAULTS);
        AtomicInteger edits = new AtomicInteger();
        form.addChangeListener(edits::incrementAndGet);
        Text factor = (Text) form.control("factor");

        factor.setText("-0.5");
        assertNull(form.parameters(), "no parameters while a value is refused");
        assertTrue(form.problem().startsWith("\"Threshold\" must be at least 0 × mean"), form.problem());
        assertTrue(Widgets.labels(form.composite()).contains(form.problem()), "the message is shown");

        factor.setText("lots");
        assertEquals("\"Threshold\" must be a number, not \"lots\"", form.problem());

        factor.setText("2");
        assertNull(form.problem());
        assertTrue(Widgets.labels(form.composite()).stream().noneMatch(t -> t.contains("must be")), "message gone");
        Combo weighting = (Combo) form.control("weighting");
        weighting.select(1);
        weighting.notifyListeners(SWT.Selection, new Event());
        Widgets.click((Button) form.control("atThreshold"));
        assertEquals(new Settings(2, Weighting.DWELL, true), form.parameters());
        assertEquals(5, edits.get(), "each edit is announced");
    }

    @Test
    void rememberedValuesComeBackAndStaleOnesGiveTheDefaults() {
        BrightLevels engine = new BrightLevels();
        var node = InstanceScope.INSTANCE.getNode(UiPreferences.NODE);
        String last = RememberedParameters.last();
        try {
            assertEquals(DEFAULTS, RememberedParameters.load(engine), "never run: the defaults");
            Settings used = new Settings(0.7, Weighting.DWELL, true);
            RememberedParameters.save(engine, used);
            assertEquals(used, RememberedParameters.load(engine));
            assertEquals(BrightLevels.ID, RememberedParameters.last());
            node.put(RememberedParameters.key(BrightLevels.ID), "{\"factor\":-3}");
            assertEquals(DEFAULTS, RememberedParameters.load(engine), "a value the analysis now refuses");
        } finally {
            node.remove(RememberedParameters.key(BrightLevels.ID));
            if (last == null) {
                node.remove("extensions.lastRun");
            } else {
                node.put("extensions.lastRun", last);
            }
        }
    }
}
