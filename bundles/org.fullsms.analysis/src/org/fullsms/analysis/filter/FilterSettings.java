package org.fullsms.analysis.filter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The original's filters (REFERENCE §7): a minimum photon count, minimum and maximum intensity, lifetime, reduced χ²
 * and IRF shift, and the Durbin–Watson test at 5, 1, 0.3 or 0.1 %. Each is on or off; all are off by default with
 * the original's values (100 photons, 0–4000 counts/s, 0.1–5 ns, 0.8–1.3, ±1.5 ns, 5 %). Filters test the measured
 * values: a normalisation does not change which levels pass.
 *
 * @param limits    every {@link Bound} with its limit
 * @param dwEnabled whether the Durbin–Watson test is on
 * @param dwLevel   its significance
 */
public record FilterSettings(Map<Bound, Limit> limits, boolean dwEnabled, DwLevel dwLevel) {

    /** Every filter off, with the original's values. */
    public static final FilterSettings DEFAULTS = defaults();

    public FilterSettings {
        EnumMap<Bound, Limit> copy = new EnumMap<>(Bound.class);
        copy.putAll(limits);
        if (copy.size() != Bound.values().length) {
            EnumSet<Bound> absent = EnumSet.allOf(Bound.class);
            absent.removeAll(copy.keySet());
            throw new IllegalArgumentException("filter settings lack " + absent);
        }
        if (dwLevel == null) {
            throw new IllegalArgumentException("a Durbin-Watson significance is needed");
        }
        limits = Collections.unmodifiableMap(copy);
    }

    private static FilterSettings defaults() {
        Map<Bound, Limit> limits = new EnumMap<>(Bound.class);
        for (Bound b : Bound.values()) {
            limits.put(b, new Limit(false, b.defaultValue()));
        }
        return new FilterSettings(limits, false, DwLevel.FIVE_PERCENT);
    }

    public Limit limit(Bound bound) {
        return limits.get(bound);
    }

    public FilterSettings with(Bound bound, Limit limit) {
        Map<Bound, Limit> copy = new EnumMap<>(limits);
        copy.put(bound, limit);
        return new FilterSettings(copy, dwEnabled, dwLevel);
    }

    public FilterSettings withDw(boolean enabled, DwLevel level) {
        return new FilterSettings(limits, enabled, level);
    }

    /** Whether any filter is on (else every level passes and exports carry no filter columns). */
    public boolean anyEnabled() {
        return dwEnabled || limits.values().stream().anyMatch(Limit::enabled);
    }

    /** The bounds that are on, in {@link Bound} order. */
    public List<Bound> enabledBounds() {
        List<Bound> on = new ArrayList<>();
        for (Bound b : Bound.values()) {
            if (limits.get(b).enabled()) {
                on.add(b);
            }
        }
        return on;
    }

    /** Tests a level against every filter that is on. */
    public Verdict evaluate(LevelFeatures level) {
        Set<Bound> failed = EnumSet.noneOf(Bound.class);
        Set<Feature> missing = EnumSet.noneOf(Feature.class);
        List<String> reasons = new ArrayList<>();
        for (Bound b : enabledBounds()) {
            double v = level.value(b.feature());
            double limit = limits.get(b).value();
            if (Double.isNaN(v)) {
                missing.add(b.feature());
            } else if (b.fails(v, limit)) {
                failed.add(b);
                reasons.add(symbol(b.feature()) + " " + number(v) + unit(b.feature()) + (b.isMinimum() ? " < " : " > ")
                        + number(limit) + unit(b.feature()));
            }
        }
        boolean dwFailed = false;
        if (dwEnabled) {
            double d = level.durbinWatson();
            double bound = level.dwBound(dwLevel);
            if (Double.isNaN(d) || Double.isNaN(bound)) {
                missing.add(Feature.DW);
            } else if (d < bound) {
                dwFailed = true;
                reasons.add("DW " + number(d) + " < " + number(bound) + " (" + dwLevel.label() + " bound)");
            }
        }
        if (!missing.isEmpty()) {
            reasons.add(missing.stream().anyMatch(Feature::fromFit) && !level.fitted() ? "no lifetime fit"
                    : "no value of " + missing.stream().map(Feature::label).toList());
        }
        return failed.isEmpty() && !dwFailed && missing.isEmpty() ? Verdict.PASSES
                : new Verdict(failed, dwFailed, missing, reasons);
    }

    private static String symbol(Feature f) {
        return switch (f) {
            case PHOTONS -> "photons";
            case INTENSITY -> "I";
            case LIFETIME -> "τ";
            case DW -> "DW";
            case CHI_SQUARED -> "χ²red";
            case IRF_SHIFT -> "IRF shift";
        };
    }

    private static String unit(Feature f) {
        return f.unit().isEmpty() ? "" : " " + f.unit();
    }

    /** Four significant digits without exponent noise: 6.2, 4000, 0.1235. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains("e")) {
            return s;
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
