package org.fullsms.io.hdf5;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.SubMonitor;
import org.fullsms.model.ChannelInfo;
import org.fullsms.model.IntensityTrace;
import org.fullsms.model.Particle;
import org.fullsms.model.ParticleAttributes;
import org.fullsms.model.Photons;
import org.fullsms.model.RasterScan;
import org.fullsms.model.Spectra;

import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;
import io.jhdf.api.WritableNode;

/**
 * Writes particle groups in the v1.08 layout (REFERENCE §2). jHDF cannot write zero-length datasets, so an
 * empty second channel is left out (the particle then reads back as single-channel) with a warning.
 */
final class ParticleGroupWriter {

    private final WritableGroup root;
    private final WriteOptions options;

    ParticleGroupWriter(WritableGroup root, WriteOptions options) {
        this.root = root;
        this.options = options;
    }

    WriteResult writeAll(Collection<Particle> primaries, List<Particle> loadedHere, SubMonitor monitor, Path target)
            throws IOException {
        List<String> warnings = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Particle p : primaries) {
            SubMonitor step = monitor.split(1);
            step.setTaskName(p.name());
            if (p.error().isPresent()) {
                warnings.add(p.name() + " left out: " + p.error().get());
                continue;
            }
            Photons ch1 = photons(p, loadedHere, warnings);
            if (ch1 == null) {
                continue;
            }
            Photons ch2 = null;
            if (p.secondary().isPresent()) {
                Particle s = p.secondary().get();
                ch2 = photons(s, loadedHere, warnings);
                if (ch2 != null && ch2.isEmpty()) {
                    warnings.add(s.name() + ": the second channel has no photons and is left out");
                    ch2 = null;
                }
            }
            int number = names.size() + 1;
            writeGroup(root.putGroup("Particle " + number), p, ch1, ch2, warnings);
            names.add(p.name());
        }
        return new WriteResult(target, names.size(), List.copyOf(names), List.copyOf(warnings));
    }

    private static Photons photons(Particle p, List<Particle> loadedHere, List<String> warnings) {
        boolean wasLoaded = p.arePhotonsLoaded();
        try {
            Photons ph = p.photons();
            if (!wasLoaded) {
                loadedHere.add(p);
            }
            return ph;
        } catch (IOException e) {
            warnings.add(p.name() + " left out: " + e.getMessage());
            return null;
        }
    }

    private void writeGroup(WritableGroup g, Particle p, Photons ch1, Photons ch2, List<String> warnings)
            throws IOException {
        ParticleAttributes a = p.attributes();
        g.putAttribute("Date", nonNull(a.date()));
        g.putAttribute("Description", nonNull(a.description()));
        g.putAttribute("Intensity?", a.intensityFlag() == null || a.intensityFlag() ? 1 : 0);
        g.putAttribute("Spectra?", p.spectra().isPresent() ? 1 : 0);
        g.putAttribute("User", nonNull(a.user()));
        double[] rs = a.rsCoordinatesUm();
        g.putAttribute("RS Coord. (um)", rs != null && rs.length == 2 ? rs : new double[] { 0, 0 });
        double[] power = a.powerMeasurement();
        boolean hasPower = power != null && power.length > 0 && Boolean.TRUE.equals(a.hasPowerMeasurement());
        g.putAttribute("Has Power Measurement?", hasPower);
        if (hasPower) {
            g.putAttribute("Power Measurement", power);
        }
        writeChannel(g, 1, ch1, p.channelInfo());
        if (ch2 != null) {
            writeChannel(g, 2, ch2, p.secondary().orElseThrow().channelInfo());
        }
        p.intensityTrace().ifPresent(t -> writeTrace(g, t, warnings, p));
        if (p.rasterScan().isPresent()) {
            writeRaster(g, p.rasterScan().get(), warnings, p);
        }
        if (p.spectra().isPresent()) {
            writeSpectra(g, p.spectra().get(), warnings, p);
        }
    }

    private void writeChannel(WritableGroup g, int channel, Photons ph, ChannelInfo info) {
        if (ph.isEmpty()) {
            return; // jHDF cannot write zero-length datasets; the caller has warned for channel 2
        }
        int n = ph.size();
        DatasetCreationOptions.Builder absOpts = DatasetCreationOptions.builder().unsigned();
        DatasetCreationOptions.Builder microOpts = DatasetCreationOptions.builder();
        if (options.compress()) {
            int chunk = Math.min(WriteOptions.CHUNK, n);
            absOpts.chunkDimensions(chunk).shuffle().deflate(4);
            microOpts.chunkDimensions(chunk).shuffle().deflate(4);
        }
        String card = info.bhCard() == null ? "unknown" : info.bhCard();
        WritableDataset abs = g.putDataset(ChannelInfo.absDatasetName(channel), ph.absoluteNs(), absOpts.build());
        WritableDataset micro = g.putDataset(ChannelInfo.microDatasetName(channel), ph.micro().toNs(), microOpts.build());
        for (WritableNode d : List.of(abs, micro)) {
            d.putAttribute("# Photons", n);
            d.putAttribute("bh Card", card);
        }
    }

    private static void writeTrace(WritableGroup g, IntensityTrace t, List<String> warnings, Particle p) {
        if (t.cps().length == 0) {
            warnings.add(p.name() + ": the intensity trace is empty and is left out");
            return;
        }
        double[][] rows = t.timesS() != null && t.timesS().length == t.cps().length
                ? new double[][] { t.cps(), t.timesS() }
                : new double[][] { t.cps() };
        g.putDataset(GroupReader.TRACE, rows);
    }

    private static void writeRaster(WritableGroup g, RasterScan r, List<String> warnings, Particle p) {
        if (r.rows() == 0 || r.cols() == 0) {
            warnings.add(p.name() + ": the raster scan is empty and is left out");
            return;
        }
        WritableDataset d = g.putDataset(GroupReader.RASTER, matrix(r.values(), r.rows(), r.cols()));
        putIfFinite(d, "Int. Time (ms/um)", r.integrationTimeMsPerUm());
        d.putAttribute("Pixels per Line", r.pixelsPerLine());
        putIfFinite(d, "Range (um)", r.rangeUm());
        putIfFinite(d, "XStart (um)", r.xStartUm());
        putIfFinite(d, "YStart (um)", r.yStartUm());
        if (r.bhCard() != null) {
            d.putAttribute("bh Card", r.bhCard());
        }
    }

    private static void writeSpectra(WritableGroup g, Spectra s, List<String> warnings, Particle p)
            throws IOException {
        if (s.times() == 0 || s.wavelengths() == 0) {
            warnings.add(p.name() + ": the spectra are empty and are left out");
            return;
        }
        WritableDataset d = g.putDataset(GroupReader.SPECTRA, matrix(s.values(), s.times(), s.wavelengths()));
        putIfFinite(d, "Exposure Times (s)", s.exposureS());
        if (s.timesS() != null && s.timesS().length > 0) {
            d.putAttribute("Spectra Abs. Times (s)", s.timesS());
        }
        if (s.wavelengthsNm() != null && s.wavelengthsNm().length > 0) {
            d.putAttribute("Wavelengths", s.wavelengthsNm());
        }
    }

    private static void putIfFinite(WritableNode node, String name, double v) {
        if (Double.isFinite(v)) {
            node.putAttribute(name, v);
        }
    }

    private static double[][] matrix(double[] flat, int rows, int cols) {
        double[][] m = new double[rows][];
        for (int r = 0; r < rows; r++) {
            m[r] = java.util.Arrays.copyOfRange(flat, r * cols, (r + 1) * cols);
        }
        return m;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
