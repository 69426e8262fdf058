package org.fullsms.model;

/**
 * The "Version" attribute of a Full SMS HDF5 file and how it was interpreted.
 *
 * @param attribute   the attribute as stored (trimmed), or {@code null} when absent
 * @param interpreted the version whose reading rules apply ("1.0" … "1.08"): absent means "1.0", an unknown
 *                    string means the newest, "1.08"
 * @param known       false when the attribute was not one of the known versions
 */
public record FormatVersion(String attribute, String interpreted, boolean known) {

    /** The newest version of the format, which this program writes. */
    public static final String NEWEST = "1.08";

    /** Data made in memory (not read from a file). */
    public static final FormatVersion IN_MEMORY = new FormatVersion(null, NEWEST, true);

    /** "1.07" or "1.07 (stored as 100, unknown: newest rules)" for display. */
    public String describe() {
        if (attribute == null) {
            return interpreted + " (no Version attribute)";
        }
        return known ? interpreted : interpreted + " (stored as \"" + attribute + "\", unknown: newest rules)";
    }
}
