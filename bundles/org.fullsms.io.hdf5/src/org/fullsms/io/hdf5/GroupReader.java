package org.fullsms.io.hdf5;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import org.fullsms.model.IntensityTrace;
import org.fullsms.model.Lazy;
import org.fullsms.model.ParticleAttributes;
import org.fullsms.model.PhotonDataException;
import org.fullsms.model.RasterScan;
import org.fullsms.model.Spectra;

/**
 * Reads everything of one "Particle N" group except the photons: attributes, both channels' metadata,
 * spectra axes, raster scan and intensity trace. A failure in an optional part becomes a warning.
 */
final class GroupReader {

    static final String SPECTRA = "Spectra (counts\\s)";
    static final String RASTER = "Raster Scan";
    static final String TRACE = "Intensity Trace (cps)";

    /** What was read from a group, before raster scans are de-duplicated across particles. */
    record GroupData(int number, ParticleAttributes attributes, ChannelReader.Result channel1,
            ChannelReader.Result channel2, Spectra spectra, RasterScan raster, IntensityTrace trace,
            List<String> warnings) {
    }

    private final Object lock;
    private final ChannelReader channels;

    GroupReader(Object lock) {
        this.lock = lock;
        this.channels = new ChannelReader(lock);
    }

    GroupData read(Group group, int number, VersionRules rules) {
        Map<String, Node> children = group.getChildren();
        List<String> warnings = new ArrayList<>();
        ParticleAttributes attributes = attributes(group, rules);
        ChannelReader.Result ch1 = channels.read(children, 1, rules);
        ChannelReader.Result ch2 = ChannelReader.present(children, 2) || rules.microNames(2).stream().anyMatch(children::containsKey)
                ? channels.read(children, 2, rules)
                : null;
        Spectra spectra = optional(warnings, SPECTRA, () -> spectra(children.get(SPECTRA)));
        RasterScan raster = optional(warnings, RASTER, () -> raster(children.get(RASTER)));
        IntensityTrace trace = optional(warnings, TRACE, () -> trace(children.get(TRACE)));
        return new GroupData(number, attributes, ch1, ch2, spectra, raster, trace, warnings);
    }

    private interface Part<T> {
        T read() throws Exception;
    }

    private static <T> T optional(List<String> warnings, String name, Part<T> part) {
        try {
            return part.read();
        } catch (Exception e) {
            warnings.add("'" + name + "' could not be read (" + JhdfErrors.describe(e) + "); it is left out");
            return null;
        }
    }

    private static void requireBounded(Dataset ds) {
        String problem = DatasetBounds.problem(ds);
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    private static ParticleAttributes attributes(Group g, VersionRules rules) {
        // Both spellings are tried whatever the version says: files are not always what they claim.
        String descName = AttributeValues.has(g, "Description") ? "Description"
                : AttributeValues.has(g, "Discription") ? "Discription" : null;
        Boolean hasPower = AttributeValues.bool(g, "Has Power Measurement?");
        double[] power = AttributeValues.has(g, "Power Measurement") ? AttributeValues.doubles(g, "Power Measurement")
                : null;
        return new ParticleAttributes(AttributeValues.string(g, "Date"),
                descName == null ? null : AttributeValues.string(g, descName), descName,
                AttributeValues.string(g, "User"), AttributeValues.bool(g, "Intensity?"),
                AttributeValues.bool(g, "Spectra?"), AttributeValues.doubles(g, "RS Coord. (um)"), hasPower, power);
    }

    private Spectra spectra(Node node) {
        if (!(node instanceof Dataset ds)) {
            return null;
        }
        Table table = Table.of(ds);
        int rows = table.rows();
        int cols = table.cols();
        double exposure = AttributeValues.number(ds, "Exposure Times (s)");
        if (Double.isNaN(exposure)) {
            exposure = AttributeValues.number(ds, "Exposure Time (s)"); // the spelling of the docs
        }
        Lazy<double[]> values = Lazy.of(() -> {
            synchronized (lock) {
                double[] v = rows * cols == 0 ? new double[0] : AttributeValues.toDoubles(ds.getDataFlat());
                if (v == null) {
                    throw new PhotonDataException("'" + SPECTRA + "' is not numeric");
                }
                return v;
            }
        });
        return new Spectra(rows, cols, exposure, AttributeValues.doubles(ds, "Spectra Abs. Times (s)"),
                AttributeValues.doubles(ds, "Wavelengths"), values);
    }

    private static RasterScan raster(Node node) {
        if (!(node instanceof Dataset ds)) {
            return null;
        }
        Table table = Table.of(ds);
        int rows = table.rows();
        int cols = table.cols();
        double[] values = rows * cols == 0 ? new double[0] : AttributeValues.toDoubles(ds.getDataFlat());
        if (values == null) {
            throw new IllegalStateException("not numeric");
        }
        long ppl = AttributeValues.integer(ds, "Pixels per Line", cols);
        return new RasterScan(-1, rows, cols, values, AttributeValues.number(ds, "Int. Time (ms/um)"), (int) ppl,
                AttributeValues.number(ds, "Range (um)"), AttributeValues.number(ds, "XStart (um)"),
                AttributeValues.number(ds, "YStart (um)"), AttributeValues.string(ds, "bh Card"));
    }

    /** A 2-D dataset's rows and columns (a 1-D one is one column), its size checked against the file first. */
    private record Table(int rows, int cols) {
        static Table of(Dataset ds) {
            requireBounded(ds);
            int[] dims = ds.getDimensions();
            return new Table(dims.length > 0 ? dims[0] : 0, dims.length > 1 ? dims[1] : 1);
        }
    }

    private static IntensityTrace trace(Node node) {
        if (!(node instanceof Dataset ds)) {
            return null;
        }
        requireBounded(ds);
        int[] dims = ds.getDimensions();
        double[] flat = ds.getSize() == 0 ? new double[0] : AttributeValues.toDoubles(ds.getDataFlat());
        if (flat == null) {
            throw new IllegalStateException("not numeric");
        }
        if (dims.length < 2) {
            return new IntensityTrace(flat, null, 1, flat.length);
        }
        int rows = dims[0];
        int cols = dims[1];
        double[] cps = java.util.Arrays.copyOfRange(flat, 0, cols);
        double[] times = rows > 1 ? java.util.Arrays.copyOfRange(flat, cols, 2 * cols) : null;
        return new IntensityTrace(cps, times, rows, cols);
    }
}
