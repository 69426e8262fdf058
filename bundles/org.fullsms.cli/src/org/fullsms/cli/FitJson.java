package org.fullsms.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.runtime.json.Json;

/** The lifetime part of {@code fullsms analyze}'s JSON. */
final class FitJson {

    private FitJson() {
    }

    /** One fit; {@code withCurves} adds the fitted counts and residuals (kept for the whole-trace fit only). */
    static JsonObject of(FitResult r, boolean withCurves) {
        JsonObject j = new JsonObject();
        j.addProperty("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
        j.add("message", Json.nullable(r.message()));
        j.add("notes", Json.array(r.notes()));
        j.addProperty("method", r.method());
        j.addProperty("weighting", r.weighting());
        j.addProperty("num_exp", r.numExp());
        j.add("tau_ns", Json.plain(r.tauNs()));
        j.add("tau_std_ns", Json.plain(r.tauStdNs()));
        j.add("amplitudes", Json.plain(r.amplitudes()));
        j.add("amplitude_std", Json.plain(r.amplitudeStd()));
        j.add("mean_tau_amplitude_ns", Json.plain(r.meanTauAmplitudeNs()));
        j.add("mean_tau_amplitude_std_ns", Json.plain(r.meanTauAmplitudeStdNs()));
        j.add("mean_tau_intensity_ns", Json.plain(r.meanTauIntensityNs()));
        j.add("mean_tau_intensity_std_ns", Json.plain(r.meanTauIntensityStdNs()));
        j.add("shift_ns", Json.plain(r.shiftNs()));
        j.add("shift_std_ns", Json.plain(r.shiftStdNs()));
        j.add("background_counts", Json.plain(r.background()));
        j.add("irf_background_counts", Json.plain(r.irfBackground()));
        j.add("fwhm_ns", Json.plain(r.fwhmNs()));
        j.add("chi2_reduced", Json.plain(r.chiSquaredReduced()));
        j.add("durbin_watson", Json.plain(r.durbinWatson()));
        JsonObject bounds = new JsonObject();
        double[] b = r.durbinWatsonBounds();
        String[] names = { "5%", "1%", "0.3%", "0.1%" };
        for (int i = 0; i < names.length && b != null && i < b.length; i++) {
            bounds.add(names[i], Json.plain(b[i]));
        }
        j.add("durbin_watson_bounds", bounds);
        JsonArray window = new JsonArray();
        window.add(Json.plain(r.windowStartNs()));
        window.add(Json.plain(r.windowEndNs()));
        j.add("window_ns", window);
        j.add("photons_in_fit", Json.plain(r.photonsInFit()));
        if (withCurves && r.residuals() != null) {
            j.add("fitted_counts", Json.plain(r.fittedCounts()));
            j.add("residuals", Json.plain(r.residuals()));
        }
        return j;
    }
}
