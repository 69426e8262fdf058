package org.fullsms.cli;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import org.fullsms.analysis.correlation.CorrelationResult;
import org.fullsms.analysis.correlation.G2Fit;

/** The correlation part of {@code fullsms analyze}'s JSON. */
final class CorrelationJson {

    private CorrelationJson() {
    }

    static JsonObject of(CorrelationResult r) {
        JsonObject j = new JsonObject();
        j.add("window_ns", Json.number(r.parameters().windowNs()));
        j.add("bin_ns", Json.number(r.parameters().binNs()));
        j.add("difftime_ns", Json.number(r.parameters().difftimeNs()));
        j.add("bin_centres_ns", Json.numbers(r.binCentresNs()));
        j.add("counts", Json.numbers(r.counts()));
        j.add("g2", Json.numbers(r.g2()));
        j.add("g2_zero", Json.number(r.g2Zero()));
        j.add("g2_zero_err", Json.number(r.g2ZeroErr()));
        j.addProperty("g2_zero_method", r.g2ZeroMethod());
        j.addProperty("pairs", r.pairs());
        j.add("fit", r.fit() == null ? JsonNull.INSTANCE : fit(r.fit()));
        j.add("warnings", Json.strings(r.warnings()));
        return j;
    }

    private static JsonObject fit(G2Fit f) {
        JsonObject j = new JsonObject();
        j.addProperty("model", f.model());
        j.add("g0", Json.number(f.g0()));
        j.add("g0_err", Json.number(f.g0Err()));
        j.add("tau_ns", Json.number(f.tauNs()));
        j.add("tau_err_ns", Json.number(f.tauErrNs()));
        j.add("amplitude", Json.number(f.amplitude()));
        j.add("chi2_reduced", Json.number(f.chi2Reduced()));
        j.addProperty("converged", f.converged());
        j.add("message", Json.stringOrNull(f.message()));
        return j;
    }
}
