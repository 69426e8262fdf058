package org.fullsms.ui.p2;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;

/**
 * What the dialogs show of a feature (a p2 feature group, {@code ….feature.group}): its name, version, provider and
 * description as published, with the unit to hand to p2.
 */
public record Feature(String id, String version, String name, String provider, String description,
        IInstallableUnit unit) {

    private static final String GROUP_SUFFIX = ".feature.group";

    public static Feature of(IInstallableUnit unit) {
        String id = unit.getId().endsWith(GROUP_SUFFIX)
                ? unit.getId().substring(0, unit.getId().length() - GROUP_SUFFIX.length())
                : unit.getId();
        return new Feature(id, unit.getVersion().toString(), text(unit, IInstallableUnit.PROP_NAME, id),
                text(unit, IInstallableUnit.PROP_PROVIDER, ""), text(unit, IInstallableUnit.PROP_DESCRIPTION, ""),
                unit);
    }

    /** A property in the default locale (feature.xml texts may be keys into feature.properties). */
    private static String text(IInstallableUnit unit, String key, String fallback) {
        String value = unit.getProperty(key, null);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
