package org.fullsms.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.model.ChannelWidth;
import org.fullsms.model.Dataset;
import org.fullsms.model.DetectorChannel;
import org.fullsms.model.MicroTimes;
import org.fullsms.model.Particle;
import org.fullsms.model.Photons;
import org.fullsms.model.RasterScan;
import org.fullsms.model.Spectra;
import org.fullsms.runtime.Importers;
import org.fullsms.runtime.json.Json;
import org.fullsms.spi.ImportOptions;
import org.fullsms.spi.PhotonImporter;

/** {@code fullsms info FILE}: what the reader makes of a file, as JSON. */
final class InfoCommand implements Command {

    @Override
    public String name() {
        return "info";
    }

    @Override
    public String summary() {
        return "describe a file as JSON: version, particles, photons, durations, channel widths, warnings";
    }

    @Override
    public String usage() {
        return """
                fullsms info FILE [--channel-width NS] [--channels each|A|A,B] [--photons]
                  Prints JSON: the importer that read the file, the format version as interpreted and, per
                  particle (second channels as "Particle N_2"), photons, first/last absolute time (ns),
                  duration (s), TCSPC channel width (ns, inferred from the micro times unless
                  --channel-width overrides it), the micro-time histogram (counts per TCSPC channel, its
                  peak), spectra and raster scan shapes (with the scan's photon sum), description and
                  warnings. Instrument files list their "detector_channels" (the file's ids, photons) and give
                  one particle per channel unless --channels names one channel or a pair (channel 1 and 2 of
                  one particle).
                  --photons adds every photon as [absolute ns, micro-time channel]. Exit 2 when the file
                  cannot be read.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        Options o = Options.parse(args, Set.of("channel-width", "channels"), Set.of("photons"));
        if (o.positional().size() != 1) {
            throw new CliException("needs exactly one FILE");
        }
        Path file = Path.of(o.positional().get(0));
        Activity.now("describing " + file);
        PhotonImporter importer = importerOf(file);
        try (Dataset dataset = Importers.open(importer, file, new ImportOptions(o.string("channels", null)))) {
            if (o.has("channel-width")) {
                dataset.setChannelWidthOverride(o.number("channel-width", 0, 1e-6, 1e3));
            }
            JsonObject doc = new JsonObject();
            doc.addProperty("file", file.toAbsolutePath().normalize().toString());
            doc.addProperty("importer", importer.id());
            doc.addProperty("importer_label", importer.label());
            doc.add("version_attribute", Json.nullable(dataset.version().attribute()));
            doc.addProperty("version_interpreted", dataset.version().interpreted());
            doc.addProperty("version_known", dataset.version().known());
            doc.addProperty("declared_particles", dataset.declaredParticleCount());
            doc.addProperty("raster_scans", dataset.rasterScans().size());
            if (!dataset.detectorChannels().isEmpty()) {
                // an instrument file: its detector channels by the file's ids, and how they became particles
                JsonArray channels = new JsonArray();
                for (DetectorChannel c : dataset.detectorChannels()) {
                    JsonObject ch = new JsonObject();
                    ch.addProperty("id", c.id());
                    ch.addProperty("photons", c.photons());
                    channels.add(ch);
                }
                doc.add("detector_channels", channels);
                doc.add("channel_layout", Json.nullable(dataset.channelLayout().orElse(null)));
            }
            JsonArray particles = new JsonArray();
            for (Particle p : dataset.allParticles()) {
                particles.add(describe(p, o.has("photons")));
                p.releasePhotons();
            }
            doc.add("particles", particles);
            doc.add("warnings", Json.array(dataset.warnings()));
            JsonOutput.writeDocument(doc, null, out);
            return OK;
        } catch (IOException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    private static PhotonImporter importerOf(Path file) throws CliException {
        try {
            return Importers.importerFor(file);
        } catch (IOException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    private static JsonObject describe(Particle p, boolean listPhotons) {
        JsonObject j = new JsonObject();
        j.addProperty("name", p.name());
        j.addProperty("number", p.number());
        j.addProperty("channel", p.channel());
        j.addProperty("outcome", p.outcome().name().toLowerCase(java.util.Locale.ROOT));
        j.add("error", Json.nullable(p.error().orElse(null)));
        j.addProperty("photons", p.photonCount());
        j.add("description", Json.nullable(p.description()));
        j.add("bh_card", Json.nullable(p.channelInfo().bhCard()));
        if (p.error().isEmpty()) {
            try {
                Photons photons = p.photons();
                long[] abs = photons.absoluteNs();
                if (abs.length > 0) {
                    j.addProperty("abs_first_ns", abs[0]);
                    j.addProperty("abs_last_ns", abs[abs.length - 1]);
                    j.add("duration_s", Json.plain((abs[abs.length - 1] - abs[0]) / 1e9));
                }
                ChannelWidth width = p.channelWidth();
                j.add("channel_width_ns", Json.plain(width.ns()));
                j.addProperty("channel_width_source", width.source().name().toLowerCase(java.util.Locale.ROOT));
                j.add("micro_histogram", microHistogram(photons.micro()));
                if (listPhotons) {
                    j.add("photon_list", photonList(photons));
                }
            } catch (IOException e) {
                j.addProperty("error", e.getMessage());
            }
        }
        j.add("spectra", p.spectra().map(InfoCommand::spectra).orElse(null));
        j.add("raster_scan", p.rasterScan().map(InfoCommand::raster).orElse(null));
        j.add("intensity_trace", p.intensityTrace().isPresent() ? shape(p.intensityTrace().get().rows(),
                p.intensityTrace().get().cols()) : JsonNull.INSTANCE);
        j.add("warnings", Json.array(p.warnings()));
        return j;
    }

    private static JsonObject spectra(Spectra s) {
        JsonObject j = new JsonObject();
        j.add("shape", shape(s.times(), s.wavelengths()));
        j.add("exposure_s", Json.plain(s.exposureS()));
        return j;
    }

    private static JsonObject raster(RasterScan r) {
        JsonObject j = new JsonObject();
        j.addProperty("index", r.index());
        j.add("shape", shape(r.rows(), r.cols()));
        double sum = 0;
        for (int row = 0; row < r.rows(); row++) {
            for (int col = 0; col < r.cols(); col++) {
                sum += r.value(row, col);
            }
        }
        j.add("sum", Json.plain(sum));
        return j;
    }

    /**
     * Counts per TCSPC channel (index = channel, up to the last channel with photons), the peak channel and its
     * count, and the photons without a micro time (T2 data). Null when the micro times are not on channels.
     */
    private static JsonElement microHistogram(MicroTimes micro) {
        if (!micro.isQuantised()) {
            return JsonNull.INSTANCE;
        }
        int max = -1;
        int none = 0;
        for (int i = 0; i < micro.size(); i++) {
            int c = micro.channel(i);
            if (c == MicroTimes.NO_CHANNEL) {
                none++;
            }
            max = Math.max(max, c);
        }
        if (max + 1L > HistogramBinning.MAX_DECAY_CHANNELS) {
            return JsonNull.INSTANCE;
        }
        long[] counts = new long[max + 1];
        for (int i = 0; i < micro.size(); i++) {
            int c = micro.channel(i);
            if (c >= 0) {
                counts[c]++;
            }
        }
        int peak = 0;
        for (int c = 1; c < counts.length; c++) {
            if (counts[c] > counts[peak]) {
                peak = c;
            }
        }
        JsonObject j = new JsonObject();
        j.add("peak_channel", counts.length == 0 ? JsonNull.INSTANCE : new JsonPrimitive(peak));
        j.addProperty("peak_count", counts.length == 0 ? 0 : counts[peak]);
        j.add("peak_ns", counts.length == 0 ? JsonNull.INSTANCE : Json.plain(peak * micro.widthNs()));
        j.addProperty("without_micro_time", none);
        JsonArray values = new JsonArray();
        for (long c : counts) {
            values.add(c);
        }
        j.add("counts", values);
        return j;
    }

    private static JsonArray photonList(Photons photons) {
        JsonArray list = new JsonArray();
        long[] abs = photons.absoluteNs();
        for (int i = 0; i < abs.length; i++) {
            JsonArray photon = new JsonArray();
            photon.add(abs[i]);
            photon.add(photons.micro().channel(i));
            list.add(photon);
        }
        return list;
    }

    private static JsonArray shape(int rows, int cols) {
        JsonArray a = new JsonArray();
        a.add(rows);
        a.add(cols);
        return a;
    }
}
