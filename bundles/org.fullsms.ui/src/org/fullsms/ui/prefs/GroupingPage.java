package org.fullsms.ui.prefs;

import java.util.List;

import org.eclipse.jface.preference.IPreferencePage;
import org.fullsms.ui.prefs.SettingsPage.Field;
import org.fullsms.ui.prefs.UiPreferences.Key;
import org.osgi.service.component.annotations.Component;

/** Preferences page of level grouping (AHCA + BIC). */
@Component(service = PreferencePageContribution.class, name = "org.fullsms.ui.prefs.grouping")
public final class GroupingPage implements PreferencePageContribution {

    @Override
    public String id() {
        return "org.fullsms.ui.prefs.grouping";
    }

    @Override
    public String label() {
        return "Grouping";
    }

    @Override
    public IPreferencePage createPage() {
        return new SettingsPage(List.of(
                Field.number(Key.GROUP_MAX_ITERATIONS, "EM iterations at most"),
                Field.number(Key.GROUP_TOLERANCE, "EM tolerance"),
                Field.check(Key.GROUP_FULL_LIKELIHOOD, "Complete likelihood in the BIC (see docs/grouping.md)")),
                UiPreferences::grouping);
    }
}
