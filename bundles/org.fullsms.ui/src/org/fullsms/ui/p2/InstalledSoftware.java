package org.fullsms.ui.p2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.QueryUtil;

/**
 * The features installed in a profile as roots: those the product was built with (each its own root, so each can be
 * updated alone) and those installed later. The product unit itself is a root too but not a feature, so it is not
 * listed.
 */
public final class InstalledSoftware {

    /**
     * Bundles the workbench cannot start without: the OSGi framework and the application model. A feature that
     * includes one is part of the running product and is not offered for uninstalling.
     */
    private static final Set<String> ESSENTIAL_BUNDLES = Set.of("org.eclipse.osgi", "org.fullsms.app");

    private InstalledSoftware() {
    }

    /** The root features, sorted by name. */
    public static List<Feature> roots(IProfile profile) {
        List<Feature> features = new ArrayList<>();
        for (IInstallableUnit unit : profile.query(new UserVisibleRootQuery(), null)) {
            if (QueryUtil.isGroup(unit) && !QueryUtil.isProduct(unit)) {
                features.add(Feature.of(unit));
            }
        }
        features.sort(Comparator.comparing(Feature::name, String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(features);
    }

    /** True when uninstalling {@code feature} would leave a workbench that cannot start. */
    public static boolean essential(IProfile profile, Feature feature) {
        for (String bundle : ESSENTIAL_BUNDLES) {
            for (IInstallableUnit unit : profile.query(QueryUtil.createIUQuery(bundle), null)) {
                if (feature.unit().getRequirements().stream().anyMatch(r -> r.isMatch(unit))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The installed version of a feature offered by a site (any version of it), or null. */
    public static String installedVersion(IProfile profile, Feature feature) {
        for (IInstallableUnit unit : profile.query(QueryUtil.createIUQuery(feature.unit().getId()), null)) {
            return unit.getVersion().toString();
        }
        return null;
    }
}
