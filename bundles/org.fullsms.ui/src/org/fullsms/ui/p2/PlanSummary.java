package org.fullsms.ui.p2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.QueryUtil;

/**
 * What a resolved install, update or uninstall will change, in words for the confirmation dialog: one line per
 * feature (installed, updated from one version to another, or removed), then how many bundles and other units
 * come and go with them.
 */
public final class PlanSummary {

    private PlanSummary() {
    }

    public static List<String> lines(IProvisioningPlan plan) {
        Map<String, IInstallableUnit> added = byId(plan.getAdditions().query(QueryUtil.ALL_UNITS, null));
        Map<String, IInstallableUnit> removed = byId(plan.getRemovals().query(QueryUtil.ALL_UNITS, null));
        List<String> lines = new ArrayList<>();
        int addedOthers = 0;
        int removedOthers = 0;
        int updatedOthers = 0;
        for (IInstallableUnit unit : added.values()) {
            IInstallableUnit old = removed.get(unit.getId());
            if (!QueryUtil.isGroup(unit)) {
                if (old == null) {
                    addedOthers++;
                } else {
                    updatedOthers++;
                }
            } else if (old == null) {
                lines.add("Install " + Feature.of(unit).name() + " " + unit.getVersion());
            } else {
                lines.add("Update " + Feature.of(unit).name() + " " + old.getVersion() + " \u2192 " + unit.getVersion());
            }
        }
        for (IInstallableUnit unit : removed.values()) {
            if (added.containsKey(unit.getId())) {
                continue;
            }
            if (QueryUtil.isGroup(unit)) {
                lines.add("Uninstall " + Feature.of(unit).name() + " " + unit.getVersion());
            } else {
                removedOthers++;
            }
        }
        lines.sort(Comparator.naturalOrder());
        if (addedOthers + updatedOthers + removedOthers > 0) {
            lines.add("Bundles and other units: " + addedOthers + " added, " + updatedOthers + " updated, "
                    + removedOthers + " removed");
        }
        return lines;
    }

    private static Map<String, IInstallableUnit> byId(Iterable<IInstallableUnit> units) {
        Map<String, IInstallableUnit> map = new LinkedHashMap<>();
        for (IInstallableUnit unit : units) {
            map.put(unit.getId(), unit);
        }
        return map;
    }
}
