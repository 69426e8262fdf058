package org.fullsms.ui.prefs;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.preference.IPreferencePage;
import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.ui.prefs.SettingsPage.Field;
import org.fullsms.ui.prefs.UiPreferences.Key;
import org.osgi.service.component.annotations.Component;

/**
 * Preferences page of how results are shown: the one intensity unit of the views (trace, histogram, levels, the
 * Lifetime tab's level strip), the Export view's tables and figures and its Parquet tables.
 */
@Component(service = PreferencePageContribution.class, name = "org.fullsms.ui.prefs.display")
public final class DisplayPage implements PreferencePageContribution {

    /** The drop-down's entries, in {@link IntensityUnit} order (the preference stores the index). */
    static final List<String> UNIT_CHOICES = Arrays.stream(IntensityUnit.values()).map(u -> switch (u) {
        case COUNTS_PER_SECOND -> "counts/s";
        case KILOCOUNTS_PER_SECOND -> "kcps (1000 counts/s)";
        case COUNTS_PER_BIN -> "counts per bin (of each particle's trace)";
    }).toList();

    @Override
    public String id() {
        return "org.fullsms.ui.prefs.display";
    }

    @Override
    public String label() {
        return "Display";
    }

    @Override
    public IPreferencePage createPage() {
        return new SettingsPage(List.of(Field.choice(Key.INTENSITY_UNIT, "Intensity unit", UNIT_CHOICES)), () -> {
        });
    }
}
