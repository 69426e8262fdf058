package org.fullsms.ui.prefs;

import java.util.List;

import org.eclipse.jface.preference.IPreferencePage;
import org.fullsms.ui.prefs.SettingsPage.Field;
import org.fullsms.ui.prefs.UiPreferences.Key;
import org.osgi.service.component.annotations.Component;

/** Preferences page of the channel range lifetime fits use. */
@Component(service = PreferencePageContribution.class, name = "org.fullsms.ui.prefs.lifetimerange")
public final class LifetimeRangePage implements PreferencePageContribution {

    @Override
    public String id() {
        return "org.fullsms.ui.prefs.lifetimerange";
    }

    @Override
    public String label() {
        return "Lifetime fit range";
    }

    @Override
    public IPreferencePage createPage() {
        return new SettingsPage(List.of(
                Field.check(Key.LT_USE_MOVING_AVERAGE, "Smooth with a moving average"),
                Field.number(Key.LT_MOVING_AVERAGE_WINDOW, "Moving-average window (channels)"),
                Field.number(Key.LT_START_PERCENT, "Start at % of maximum"),
                Field.number(Key.LT_END_MULTIPLE, "End at multiple of background"),
                Field.number(Key.LT_END_PERCENT, "…or at % of maximum"),
                Field.number(Key.LT_MIN_WINDOW_NS, "Minimum decay window (ns)"),
                Field.number(Key.LT_BACKGROUND_PERCENT, "Background at most % of maximum")),
                UiPreferences::lifetimeRange);
    }
}
