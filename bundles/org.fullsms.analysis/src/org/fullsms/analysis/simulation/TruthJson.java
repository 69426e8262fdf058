package org.fullsms.analysis.simulation;

import java.util.List;

/**
 * Writes a {@link SimulationTruth} as JSON by hand (the analysis bundle has no JSON library). Doubles are
 * written with {@link Double#toString(double)}, which round-trips exactly; non-finite values become null.
 */
final class TruthJson {

    private final StringBuilder out = new StringBuilder(4096);

    private TruthJson() {
    }

    static String write(SimulationTruth t) {
        TruthJson j = new TruthJson();
        SimulationParameters p = t.parameters();
        j.out.append("{\n");
        j.field("engine", t.engine()).field("version", t.version());
        j.out.append(" \"parameters\": {");
        j.field("particles", p.particles()).field("duration_s", p.durationS()).field("seed", p.seed())
                .field("dwell_kind", p.dwell().kind().name().toLowerCase(java.util.Locale.ROOT))
                .field("dwell_mean_s", p.dwell().meanS()).field("dwell_alpha", p.dwell().alpha())
                .field("dwell_min_s", p.dwell().minS()).field("dwell_max_s", p.dwell().maxS())
                .field("background_cps", p.backgroundCps()).field("channel_width_ns", p.channelWidthNs())
                .field("channels", p.channels()).field("pulse_period_ns", p.pulsePeriodNs())
                .field("second_channel", p.secondChannel()).field("channel2_delay_ns", p.channel2DelayNs())
                .field("dead_time_ns", p.deadTimeNs()).field("spectra", p.spectra())
                .field("raster_scan", p.rasterScan());
        j.trimComma();
        j.out.append("},\n \"irf\": {");
        j.field("kind", p.irf().isGaussian() ? "gaussian" : "given").field("peak_ns", p.irf().peakNs())
                .field("fwhm_ns", p.irf().fwhmNs()).field("curve_channel_ns", p.channelWidthNs());
        j.key("curve").array(t.irfCurve());
        j.trimComma();
        j.out.append("},\n \"particles\": [\n");
        for (int i = 0; i < t.particles().size(); i++) {
            j.particle(t.particles().get(i));
            j.out.append(i + 1 < t.particles().size() ? ",\n" : "\n");
        }
        j.out.append(" ]\n}\n");
        return j.out.toString();
    }

    private void particle(ParticleTruth pt) {
        out.append("  {");
        field("name", pt.name()).field("photons", pt.photons()).field("photons_2", pt.photons2());
        key("rs_coord_um").array(pt.rsCoordinatesUm());
        key("change_point_indices").array(pt.changePoints());
        key("change_point_indices_2").array(pt.changePoints2());
        out.append("\n   \"states\": [");
        List<EmitterState> states = pt.states();
        for (int s = 0; s < states.size(); s++) {
            EmitterState st = states.get(s);
            out.append(s == 0 ? "\n    {" : ",\n    {");
            field("index", s).field("intensity_cps", st.intensityCps());
            key("lifetimes_ns").array(st.lifetimesNs());
            key("amplitudes").array(st.amplitudes());
            key("intensity_fractions").array(st.intensityFractions());
            field("mean_lifetime_ns", st.meanLifetimeNs());
            trimComma();
            out.append('}');
        }
        out.append("],\n   \"levels\": [");
        for (int k = 0; k < pt.levels().size(); k++) {
            LevelTruth l = pt.levels().get(k);
            out.append(k == 0 ? "\n    {" : ",\n    {");
            field("state", l.state()).field("start_ns", l.startNs()).field("end_ns", l.endNs())
                    .field("first_photon", l.firstPhoton()).field("photons", l.photons())
                    .field("first_photon_2", l.firstPhoton2()).field("photons_2", l.photons2())
                    .field("intensity_cps", l.intensityCps());
            trimComma();
            out.append('}');
        }
        out.append("]}");
    }

    private TruthJson key(String k) {
        out.append(" \"").append(escape(k)).append("\": ");
        return this;
    }

    private TruthJson field(String k, String v) {
        key(k).out.append('"').append(escape(v)).append("\",");
        return this;
    }

    private TruthJson field(String k, long v) {
        key(k).out.append(v).append(',');
        return this;
    }

    private TruthJson field(String k, boolean v) {
        key(k).out.append(v).append(',');
        return this;
    }

    private TruthJson field(String k, double v) {
        key(k).number(v).out.append(',');
        return this;
    }

    private TruthJson number(double v) {
        out.append(Double.isFinite(v) ? Double.toString(v) : "null");
        return this;
    }

    private void array(double[] a) {
        out.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            number(a[i]);
        }
        out.append("],");
    }

    private void array(int[] a) {
        out.append('[');
        for (int i = 0; i < a.length; i++) {
            out.append(i > 0 ? ", " : "").append(a[i]);
        }
        out.append("],");
    }

    private void trimComma() {
        if (out.charAt(out.length() - 1) == ',') {
            out.setLength(out.length() - 1);
        }
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
