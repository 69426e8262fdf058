package org.fullsms.analysis.lifetime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.fullsms.testing.SharedData;

/** Loads the original's lifetime reference cases from {@code ../shared/data/reference/lifetime}. */
final class ReferenceCases {

    static final String FOLDER = "reference/lifetime";

    /** One case: its histograms, truth and the original's fits. */
    record Case(String name, double width, double[] irf, double[] decay, JsonObject truth, List<JsonObject> fits) {

        int numExp() {
            return truth.get("num_exp").getAsInt();
        }

        double[] trueTau() {
            return doubles(truth.get("tau_ns"));
        }

        DecayHistogram histogram() {
            return DecayHistogram.of(width, decay);
        }

        Irf irfObject() {
            return Irf.of(width, irf);
        }
    }

    private ReferenceCases() {
    }

    /** All cases, sorted by name; skips the calling test when the data are absent. */
    static List<Case> load() throws IOException {
        Path folder = SharedData.require(FOLDER);
        JsonObject results;
        try (Reader reader = Files.newBufferedReader(folder.resolve("lifetime_results.json"))) {
            results = JsonParser.parseReader(reader).getAsJsonObject().getAsJsonObject("cases");
        }
        Map<String, Case> cases = new TreeMap<>();
        for (Map.Entry<String, JsonElement> entry : results.entrySet()) {
            String name = entry.getKey();
            JsonObject truth;
            try (Reader reader = Files.newBufferedReader(folder.resolve(name + ".truth.json"))) {
                truth = JsonParser.parseReader(reader).getAsJsonObject();
            }
            List<double[]> rows = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(folder.resolve(name + ".csv.gz"))),
                    StandardCharsets.US_ASCII))) {
                in.readLine();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] f = line.split(",");
                    rows.add(new double[] { Double.parseDouble(f[2]), Double.parseDouble(f[3]) });
                }
            }
            double[] irf = new double[rows.size()];
            double[] decay = new double[rows.size()];
            for (int i = 0; i < irf.length; i++) {
                irf[i] = rows.get(i)[0];
                decay[i] = rows.get(i)[1];
            }
            List<JsonObject> fits = new ArrayList<>();
            for (JsonElement fit : entry.getValue().getAsJsonObject().getAsJsonArray("fits")) {
                fits.add(fit.getAsJsonObject());
            }
            cases.put(name, new Case(name, truth.get("channel_width_ns").getAsDouble(), irf, decay, truth, fits));
        }
        return new ArrayList<>(cases.values());
    }

    static double[] doubles(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return new double[0];
        }
        var array = element.getAsJsonArray();
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).getAsDouble();
        }
        return out;
    }

    /** The settings the original ran with for a reference fit's {@code config} and {@code method}. */
    static FitSettings settingsFor(JsonObject fit) {
        String config = fit.get("config").getAsString();
        boolean ml = fit.get("method").getAsString().equals("ml");
        FitSettings s = FitSettings.defaults()
                .withMethod(ml ? FitSettings.Method.MAXIMUM_LIKELIHOOD : FitSettings.Method.LEAST_SQUARES)
                .withWeighting(FitSettings.Weighting.ORIGINAL_UNWEIGHTED);
        return switch (config) {
            case "auto_max" -> s.withWindow(StartMode.CLOSE_TO_MAX, 0, true, -1);
            case "safe_rise" -> s.withWindow(StartMode.SAFE_RISE_START, 0, true, -1);
            case "gui_default" -> s.withWindow(StartMode.MANUAL, 0, false, -1);
            case "max_noend" -> s.withWindow(StartMode.CLOSE_TO_MAX, 0, false, -1);
            case "simirf_auto" -> s.withWindow(StartMode.CLOSE_TO_MAX, 0, true, -1).withSimulatedIrf(true);
            default -> throw new IllegalArgumentException("unknown config " + config);
        };
    }
}
