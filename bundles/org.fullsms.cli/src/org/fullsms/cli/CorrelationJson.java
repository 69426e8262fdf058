package org.fullsms.cli;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import org.fullsms.analysis.correlation.CorrelationResult;
import org.fullsms.analysis.correlation.G2Fit;
import org.fullsms.runtime.json.Json;

/** The correlation part of {@code fullsms analyze}'s JSON. */
final class CorrelationJson {

    private CorrelationJson() {
    }

    static JsonObject of(CorrelationResult r) {
        JsonObject j = new JsonObject();
        j.add("window_ns", Json.plain(r.parameters().windowNs()));
        j.add("bin_ns", Json.plain(r.parameters().binNs()));
        j.add("difftime_ns", Json.plain(r.parameters().difftimeNs()));
        j.add("bin_centres_ns", Json.plain(r.binCentresNs()));
        j.add("counts", Json.array(r.counts()));
        j.add("g2", Json.plain(r.g2()));
        j.add("g2_zero", Json.plain(r.g2Zero()));
        j.add("g2_zero_err", Json.plain(r.g2ZeroErr()));
        j.addProperty("g2_zero_method", r.g2ZeroMethod());
        j.addProperty("pairs", r.pairs());
        j.add("fit", r.fit() == null ? JsonNull.INSTANCE : fit(r.fit()));
        j.add("warnings", Json.array(r.warnings()));
        return j;
    }

    private static JsonObject fit(G2Fit f) {
        JsonObject j = new JsonObject();
        j.addProperty("model", f.model());
        j.add("g0", Json.plain(f.g0()));
        j.add("g0_err", Json.plain(f.g0Err()));
        j.add("tau_ns", Json.plain(f.tauNs()));
        j.add("tau_err_ns", Json.plain(f.tauErrNs()));
        j.add("amplitude", Json.plain(f.amplitude()));
        j.add("chi2_reduced", Json.plain(f.chi2Reduced()));
        j.addProperty("converged", f.converged());
        j.add("message", Json.nullable(f.message()));
        return j;
    }
}
