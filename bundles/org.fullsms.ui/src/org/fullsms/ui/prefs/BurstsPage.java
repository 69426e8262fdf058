package org.fullsms.ui.prefs;

import java.util.List;

import org.eclipse.jface.preference.IPreferencePage;
import org.fullsms.ui.prefs.SettingsPage.Field;
import org.fullsms.ui.prefs.UiPreferences.Key;
import org.osgi.service.component.annotations.Component;

/** Preferences page of Detect and Remove Bursts. */
@Component(service = PreferencePageContribution.class, name = "org.fullsms.ui.prefs.bursts")
public final class BurstsPage implements PreferencePageContribution {

    @Override
    public String id() {
        return "org.fullsms.ui.prefs.bursts";
    }

    @Override
    public String label() {
        return "Photon bursts";
    }

    @Override
    public IPreferencePage createPage() {
        return new SettingsPage(List.of(
                Field.number(Key.BURST_MIN_DWELL_S, "Maximum burst dwell (s)"),
                Field.check(Key.BURST_USE_SIGMA, "Threshold = mean + σ factor · SD"),
                Field.number(Key.BURST_SIGMA, "σ factor"),
                Field.number(Key.BURST_DEFINED_CPS, "Otherwise threshold (counts/s)")),
                UiPreferences::bursts);
    }
}
