package org.fullsms.cli;

import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.fullsms.analysis.simulation.EmitterState;
import org.fullsms.analysis.simulation.LevelTruth;
import org.fullsms.analysis.simulation.ParticleTruth;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.SimulationTruth;
import org.fullsms.runtime.json.Json;

/** The truth of a simulation as the JSON document {@code simulate} writes beside the file. */
final class TruthJson {

    private TruthJson() {
    }

    static JsonObject of(SimulationTruth t) {
        SimulationParameters p = t.parameters();
        JsonObject doc = new JsonObject();
        doc.addProperty("engine", t.engine());
        doc.addProperty("version", t.version());
        JsonObject params = new JsonObject();
        params.addProperty("particles", p.particles());
        params.add("duration_s", Json.plain(p.durationS()));
        params.addProperty("seed", p.seed());
        params.addProperty("dwell_kind", p.dwell().kind().name().toLowerCase(Locale.ROOT));
        params.add("dwell_mean_s", Json.plain(p.dwell().meanS()));
        params.add("dwell_alpha", Json.plain(p.dwell().alpha()));
        params.add("dwell_min_s", Json.plain(p.dwell().minS()));
        params.add("dwell_max_s", Json.plain(p.dwell().maxS()));
        params.add("background_cps", Json.plain(p.backgroundCps()));
        params.add("channel_width_ns", Json.plain(p.channelWidthNs()));
        params.addProperty("channels", p.channels());
        params.add("pulse_period_ns", Json.plain(p.pulsePeriodNs()));
        params.addProperty("second_channel", p.secondChannel());
        params.add("channel2_delay_ns", Json.plain(p.channel2DelayNs()));
        params.add("dead_time_ns", Json.plain(p.deadTimeNs()));
        params.addProperty("spectra", p.spectra());
        params.addProperty("raster_scan", p.rasterScan());
        doc.add("parameters", params);
        JsonObject irf = new JsonObject();
        irf.addProperty("kind", p.irf().isGaussian() ? "gaussian" : "given");
        irf.add("peak_ns", Json.plain(p.irf().peakNs()));
        irf.add("fwhm_ns", Json.plain(p.irf().fwhmNs()));
        irf.add("curve_channel_ns", Json.plain(p.channelWidthNs()));
        irf.add("curve", Json.plain(t.irfCurve()));
        doc.add("irf", irf);
        JsonArray particles = new JsonArray();
        t.particles().forEach(pt -> particles.add(particle(pt)));
        doc.add("particles", particles);
        return doc;
    }

    private static JsonObject particle(ParticleTruth pt) {
        JsonObject j = new JsonObject();
        j.addProperty("name", pt.name());
        j.addProperty("photons", pt.photons());
        j.addProperty("photons_2", pt.photons2());
        j.add("rs_coord_um", Json.plain(pt.rsCoordinatesUm()));
        j.add("change_point_indices", Json.array(pt.changePoints()));
        j.add("change_point_indices_2", Json.array(pt.changePoints2()));
        JsonArray states = new JsonArray();
        for (int s = 0; s < pt.states().size(); s++) {
            EmitterState st = pt.states().get(s);
            JsonObject state = new JsonObject();
            state.addProperty("index", s);
            state.add("intensity_cps", Json.plain(st.intensityCps()));
            state.add("lifetimes_ns", Json.plain(st.lifetimesNs()));
            state.add("amplitudes", Json.plain(st.amplitudes()));
            state.add("intensity_fractions", Json.plain(st.intensityFractions()));
            state.add("mean_lifetime_ns", Json.plain(st.meanLifetimeNs()));
            states.add(state);
        }
        j.add("states", states);
        JsonArray levels = new JsonArray();
        for (LevelTruth l : pt.levels()) {
            JsonObject level = new JsonObject();
            level.addProperty("state", l.state());
            level.addProperty("start_ns", l.startNs());
            level.addProperty("end_ns", l.endNs());
            level.addProperty("first_photon", l.firstPhoton());
            level.addProperty("photons", l.photons());
            level.addProperty("first_photon_2", l.firstPhoton2());
            level.addProperty("photons_2", l.photons2());
            level.add("intensity_cps", Json.plain(l.intensityCps()));
            levels.add(level);
        }
        j.add("levels", levels);
        return j;
    }
}
