package org.fullsms.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.fullsms.analysis.lifetime.FitResult;

/** The lifetime part of {@code fullsms analyze}'s JSON. */
final class FitJson {

    private FitJson() {
    }

    /** One fit; {@code withCurves} adds the fitted counts and residuals (kept for the whole-trace fit only). */
    static JsonObject of(FitResult r, boolean withCurves) {
        JsonObject j = new JsonObject();
        j.addProperty("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
        j.add("message", Json.stringOrNull(r.message()));
        j.add("notes", Json.strings(r.notes()));
        j.addProperty("method", r.method());
        j.addProperty("weighting", r.weighting());
        j.addProperty("num_exp", r.numExp());
        j.add("tau_ns", Json.numbers(r.tauNs()));
        j.add("tau_std_ns", Json.numbers(r.tauStdNs()));
        j.add("amplitudes", Json.numbers(r.amplitudes()));
        j.add("amplitude_std", Json.numbers(r.amplitudeStd()));
        j.add("mean_tau_amplitude_ns", Json.number(r.meanTauAmplitudeNs()));
        j.add("mean_tau_amplitude_std_ns", Json.number(r.meanTauAmplitudeStdNs()));
        j.add("mean_tau_intensity_ns", Json.number(r.meanTauIntensityNs()));
        j.add("mean_tau_intensity_std_ns", Json.number(r.meanTauIntensityStdNs()));
        j.add("shift_ns", Json.number(r.shiftNs()));
        j.add("shift_std_ns", Json.number(r.shiftStdNs()));
        j.add("background_counts", Json.number(r.background()));
        j.add("irf_background_counts", Json.number(r.irfBackground()));
        j.add("fwhm_ns", Json.number(r.fwhmNs()));
        j.add("chi2_reduced", Json.number(r.chiSquaredReduced()));
        j.add("durbin_watson", Json.number(r.durbinWatson()));
        JsonObject bounds = new JsonObject();
        double[] b = r.durbinWatsonBounds();
        String[] names = { "5%", "1%", "0.3%", "0.1%" };
        for (int i = 0; i < names.length && b != null && i < b.length; i++) {
            bounds.add(names[i], Json.number(b[i]));
        }
        j.add("durbin_watson_bounds", bounds);
        JsonArray window = new JsonArray();
        window.add(Json.number(r.windowStartNs()));
        window.add(Json.number(r.windowEndNs()));
        j.add("window_ns", window);
        j.add("photons_in_fit", Json.number(r.photonsInFit()));
        if (withCurves && r.residuals() != null) {
            j.add("fitted_counts", Json.numbers(r.fittedCounts()));
            j.add("residuals", Json.numbers(r.residuals()));
        }
        return j;
    }
}
