package org.fullsms.analysis.filter;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the filters say of one level: the bounds it fails, whether it fails the Durbin–Watson test, and the
 * features an enabled filter needed but the level lacks (no lifetime fit). A level passes only when nothing failed
 * and nothing was missing: a filter on the lifetime keeps only levels whose lifetime is known to lie in range.
 *
 * @param failed   the bounds failed
 * @param dwFailed whether d is below the chosen bound
 * @param missing  features an enabled filter tests that the level has no value for
 * @param reasons  one phrase per failure, for the user ("τ 6.2 ns > 5 ns", "no lifetime fit")
 */
public record Verdict(Set<Bound> failed, boolean dwFailed, Set<Feature> missing, List<String> reasons) {

    /** The verdict of a level no filter is on for. */
    public static final Verdict PASSES = new Verdict(Set.of(), false, Set.of(), List.of());

    public Verdict {
        failed = failed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(failed));
        missing = missing.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(missing));
        reasons = List.copyOf(reasons);
    }

    public boolean passes() {
        return failed.isEmpty() && !dwFailed && missing.isEmpty();
    }

    /** "passes", or the reasons it is filtered out, e.g. "filtered out: τ 6.2 ns > 5 ns; χ²red 1.61 > 1.3". */
    public String describe() {
        return passes() ? "passes" : "filtered out: " + String.join("; ", reasons);
    }

    /**
     * Whether the level failed {@code bound}; null when the bound could not be tested (the level lacks the
     * feature), which the exported {@code failed_*} columns write as a missing value.
     */
    public Boolean failedOrUnknown(Bound bound) {
        return missing.contains(bound.feature()) ? null : failed.contains(bound);
    }

    /** As {@link #failedOrUnknown(Bound)} for the Durbin–Watson test. */
    public Boolean dwFailedOrUnknown() {
        return missing.contains(Feature.DW) ? null : dwFailed;
    }
}
