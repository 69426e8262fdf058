package org.fullsms.cli;

import com.google.gson.JsonObject;

import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.runtime.json.Json;

/**
 * Intensities in {@code analyze}'s JSON: the value in the chosen unit under a name that says it
 * ({@code intensity_cps}, {@code intensity_kcps}, {@code intensity_counts_per_100ms}).
 *
 * @param unit  the unit of {@code --intensity-unit}
 * @param binMs the particle's trace bin size (ms), for counts per bin
 */
record JsonIntensity(IntensityUnit unit, double binMs) {

    /** Adds {@code name_<unit>} with {@code cps} converted. */
    void add(JsonObject o, String name, double cps) {
        o.add(name + "_" + unit.fieldSuffix(binMs), Json.plain(unit.fromCps(cps, binMs)));
    }
}
