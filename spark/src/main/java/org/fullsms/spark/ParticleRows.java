package org.fullsms.spark;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code particles} table: one row per analysed particle, from its object in {@code fullsms analyze}'s JSON
 * (the same code makes both), so that a particle whose stages failed, or whose photons could not be read, is still
 * listed with the reason. The JSON's scalars keep their names; its lists appear as counts:
 * <ul>
 * <li>{@code particle} (JSON {@code name}), {@code channel}, {@code photons}, {@code error} (photons unreadable or
 * analysis broken off, else null);</li>
 * <li>{@code num_levels}, {@code num_change_points}, {@code num_bursts} (lengths of {@code levels},
 * {@code change_points}, {@code bursts}), {@code level_intensity_weighted_mean_cps},
 * {@code level_intensity_weighted_sd_cps};</li>
 * <li>{@code roi_start}, {@code roi_end} (s, JSON {@code roi}); {@code num_groups}, {@code grouping_best_step},
 * {@code grouping_selected_step} (JSON {@code grouping});</li>
 * <li>{@code g2_zero}, {@code g2_zero_err}, {@code g2_zero_method}, {@code correlation_pairs} (JSON
 * {@code correlation});</li>
 * <li>{@code levels_stage}, {@code grouping_stage}, {@code fits_stage}, {@code correlation_stage}: "ok" or
 * "error: ..." (JSON {@code stages}; null for a stage not asked for); {@code warnings}.</li>
 * </ul>
 */
final class ParticleRows {

    private static final String[] STAGES = {"levels", "grouping", "fits", "correlation"};

    static final StructType SCHEMA = schema();

    private ParticleRows() {
    }

    private static StructType schema() {
        List<StructField> f = new ArrayList<>();
        f.add(TableRows.FILE);
        add(f, DataTypes.StringType, "particle");
        add(f, DataTypes.LongType, "channel", "photons");
        add(f, DataTypes.StringType, "error");
        add(f, DataTypes.LongType, "num_levels", "num_change_points", "num_bursts");
        add(f, DataTypes.DoubleType, "level_intensity_weighted_mean_cps", "level_intensity_weighted_sd_cps",
                "roi_start", "roi_end");
        add(f, DataTypes.LongType, "num_groups", "grouping_best_step", "grouping_selected_step");
        add(f, DataTypes.DoubleType, "g2_zero", "g2_zero_err");
        add(f, DataTypes.StringType, "g2_zero_method");
        add(f, DataTypes.LongType, "correlation_pairs");
        for (String stage : STAGES) {
            add(f, DataTypes.StringType, stage + "_stage");
        }
        add(f, DataTypes.createArrayType(DataTypes.StringType, false), "warnings");
        return DataTypes.createStructType(f);
    }

    private static void add(List<StructField> fields, DataType type, String... names) {
        for (String name : names) {
            fields.add(DataTypes.createStructField(name, type, true));
        }
    }

    static Row row(String file, JsonObject p) {
        JsonObject grouping = object(p, "grouping");
        JsonObject correlation = object(p, "correlation");
        JsonObject stages = object(p, "stages");
        JsonArray roi = p.has("roi") && p.get("roi").isJsonArray() ? p.getAsJsonArray("roi") : null;
        List<Object> v = new ArrayList<>();
        v.add(file);
        v.add(string(p, "name"));
        v.add(integer(p, "channel"));
        v.add(integer(p, "photons"));
        v.add(string(p, "error"));
        v.add(count(p, "levels"));
        v.add(count(p, "change_points"));
        v.add(count(p, "bursts"));
        v.add(number(p, "level_intensity_weighted_mean_cps"));
        v.add(number(p, "level_intensity_weighted_sd_cps"));
        v.add(roi == null ? null : value(roi.get(0)));
        v.add(roi == null ? null : value(roi.get(1)));
        v.add(count(grouping, "groups"));
        v.add(integer(grouping, "best_step"));
        v.add(integer(grouping, "selected_step"));
        v.add(number(correlation, "g2_zero"));
        v.add(number(correlation, "g2_zero_err"));
        v.add(string(correlation, "g2_zero_method"));
        v.add(integer(correlation, "pairs"));
        for (String stage : STAGES) {
            v.add(string(stages, stage));
        }
        JsonArray warnings = p.has("warnings") ? p.getAsJsonArray("warnings") : new JsonArray();
        String[] w = new String[warnings.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = warnings.get(i).getAsString();
        }
        v.add(w);
        return RowFactory.create(v.toArray());
    }

    private static JsonObject object(JsonObject p, String key) {
        JsonElement e = p.get(key);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }

    private static JsonElement present(JsonObject o, String key) {
        JsonElement e = o == null ? null : o.get(key);
        return e == null || e.isJsonNull() ? null : e;
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = present(o, key);
        return e == null ? null : e.getAsString();
    }

    private static Long integer(JsonObject o, String key) {
        JsonElement e = present(o, key);
        return e == null ? null : e.getAsLong();
    }

    /** A double; the JSON writes non-finite values as null. */
    private static Double number(JsonObject o, String key) {
        return value(present(o, key));
    }

    private static Double value(JsonElement e) {
        return e == null || e.isJsonNull() ? null : e.getAsDouble();
    }

    private static Long count(JsonObject o, String key) {
        JsonElement e = present(o, key);
        return e == null || !e.isJsonArray() ? null : (long) e.getAsJsonArray().size();
    }
}
