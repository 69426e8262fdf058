package org.fullsms.io.hdf5;

import java.math.BigDecimal;
import java.util.List;

import org.fullsms.model.FormatVersion;

/**
 * The version switches of the original reader: v1.0–1.02 spell "Discription" and name micro times
 * "Micro Times (s)"; v1.0–1.03 have no intensity trace; v1.0–1.06 have no second channel. A missing attribute
 * means 1.0; an unknown string means the newest rules.
 */
final class VersionRules {

    static final List<String> KNOWN = List.of("1.0", "1.01", "1.02", "1.03", "1.04", "1.05", "1.06", "1.07", "1.08");

    private final FormatVersion version;
    private final int ordinal;

    private VersionRules(FormatVersion version) {
        this.version = version;
        this.ordinal = KNOWN.indexOf(version.interpreted());
    }

    static VersionRules of(Object attribute) {
        String raw = AttributeValues.asString(attribute);
        if (raw == null) {
            return new VersionRules(new FormatVersion(null, "1.0", true));
        }
        String trimmed = raw.trim();
        if (KNOWN.contains(trimmed)) {
            return new VersionRules(new FormatVersion(trimmed, trimmed, true));
        }
        try {
            // "1.00", or a number stored as float 1.07: same version, other spelling
            BigDecimal value = new BigDecimal(trimmed);
            for (String k : KNOWN) {
                if (new BigDecimal(k).compareTo(value) == 0) {
                    return new VersionRules(new FormatVersion(trimmed, k, true));
                }
            }
        } catch (NumberFormatException e) {
            // not a number: unknown, newest rules below
        }
        return new VersionRules(new FormatVersion(trimmed, FormatVersion.NEWEST, false));
    }

    FormatVersion version() {
        return version;
    }

    /** "Discription", "Micro Times (s)", no power measurement. */
    boolean oldNames() {
        return ordinal <= 2;
    }

    /** The micro-times dataset names to look for, preferred first. */
    List<String> microNames(int channel) {
        String suffix = channel == 1 ? "" : " 2";
        String seconds = "Micro Times" + suffix + " (s)";
        String ns = "Micro Times" + suffix + " (ns)";
        return oldNames() ? List.of(seconds, ns) : List.of(ns, seconds);
    }
}
