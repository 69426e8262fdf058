package org.fullsms.ui.prefs;

import java.util.List;

import org.eclipse.jface.preference.IPreferencePage;
import org.fullsms.ui.prefs.SettingsPage.Field;
import org.fullsms.ui.prefs.UiPreferences.Key;
import org.osgi.service.component.annotations.Component;

/** Preferences page of the change point analysis (Resolve). */
@Component(service = PreferencePageContribution.class, name = "org.fullsms.ui.prefs.changepoints")
public final class ChangePointsPage implements PreferencePageContribution {

    @Override
    public String id() {
        return "org.fullsms.ui.prefs.changepoints";
    }

    @Override
    public String label() {
        return "Change point analysis";
    }

    @Override
    public IPreferencePage createPage() {
        return new SettingsPage(List.of(
                Field.number(Key.CPA_CONFIDENCE, "Default confidence (%): 99, 95, 90 or 69"),
                Field.number(Key.CPA_MIN_PHOTONS, "Minimum photons per segment (5–100)"),
                Field.number(Key.CPA_BOUNDARY_OFFSET, "Minimum boundary offset (photons, 0–20)")),
                () -> UiPreferences.changePoints(UiPreferences.get(Key.CPA_CONFIDENCE)));
    }
}
