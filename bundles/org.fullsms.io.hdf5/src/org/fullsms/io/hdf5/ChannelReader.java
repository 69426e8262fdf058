package org.fullsms.io.hdf5;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fullsms.model.ChannelInfo;
import org.fullsms.model.Lazy;
import org.fullsms.model.PhotonDataException;
import org.fullsms.model.Photons;

import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.api.dataset.ChunkedDataset;

/**
 * Reads the metadata of one TCSPC channel of a particle group at open and makes the lazy loader of its
 * photons. Problems visible in the metadata (missing dataset, wrong datatype, lengths that differ) are found
 * here; decreasing absolute times and NaN micro times are found when the photons are read.
 */
final class ChannelReader {

    /** Micro times in a "(s)" dataset whose maximum is below this are seconds (REFERENCE §2). */
    static final double SECONDS_THRESHOLD = 1e-3;

    /** The outcome for one channel: metadata, loader or error, warnings. */
    record Result(ChannelInfo info, Lazy<Photons> photons, String error, List<String> warnings) {
    }

    private final Object lock;

    /** @param lock guards jHDF calls, which are not documented as thread-safe */
    ChannelReader(Object lock) {
        this.lock = lock;
    }

    /** True when the group has photon data for the channel (its absolute-times dataset). */
    static boolean present(Map<String, Node> children, int channel) {
        return children.get(ChannelInfo.absDatasetName(channel)) instanceof Dataset;
    }

    Result read(Map<String, Node> children, int channel, VersionRules rules) {
        String absName = ChannelInfo.absDatasetName(channel);
        String microName = null;
        for (String candidate : rules.microNames(channel)) {
            if (children.get(candidate) instanceof Dataset) {
                microName = candidate;
                break;
            }
        }
        Node absNode = children.get(absName);
        List<String> warnings = new ArrayList<>();
        if (!(absNode instanceof Dataset abs)) {
            String error = microName == null
                    ? "no photon datasets: '" + absName + "' and '" + rules.microNames(channel).get(0)
                            + "' are missing; the particle cannot be loaded"
                    : "dataset '" + absName + "' is missing (the group has '" + microName
                            + "' only); the particle cannot be loaded";
            return failed(channel, absName, microName, error);
        }
        if (microName == null) {
            return failed(channel, absName, null, "dataset '" + rules.microNames(channel).get(0)
                    + "' is missing (the group has '" + absName + "' only); the particle cannot be loaded");
        }
        Dataset micro = (Dataset) children.get(microName);
        String bhCard = AttributeValues.string(abs, "bh Card");
        long declared = AttributeValues.integer(abs, "# Photons", -1);
        String problem = PhotonArrays.absoluteTypeProblem(abs);
        if (problem == null) {
            problem = PhotonArrays.microTypeProblem(micro);
        }
        if (problem == null) {
            problem = shapeProblem(abs, micro);
        }
        long n = abs.getDimensions().length == 0 ? 0 : abs.getDimensionsAsLong()[0];
        ChannelInfo info = new ChannelInfo(channel, absName, microName, bhCard, n, declared, layout(abs));
        if (problem != null) {
            return new Result(info, null, problem, List.of());
        }
        if (declared >= 0 && declared != n) {
            warnings.add("'# Photons' of '" + absName + "' is " + declared + " but the dataset holds " + n
                    + " photons; the stored photons are used");
        }
        if (channel == 1 && n < 2) {
            warnings.add(n == 0 ? "no photons" : "only 1 photon: nothing can be analysed");
        }
        boolean seconds = microName.endsWith("(s)");
        String mName = microName;
        Lazy<Photons> lazy = Lazy.of(() -> load(abs, micro, (int) n, mName, seconds));
        return new Result(info, lazy, null, warnings);
    }

    private static Result failed(int channel, String absName, String microName, String error) {
        ChannelInfo info = new ChannelInfo(channel, absName, microName, null, 0, -1, "absent");
        return new Result(info, null, error, List.of());
    }

    private static String shapeProblem(Dataset abs, Dataset micro) {
        if (abs.getDimensions().length != 1 || micro.getDimensions().length != 1) {
            return "photon datasets must be 1-D: '" + abs.getName() + "' has " + abs.getDimensions().length
                    + " dimensions, '" + micro.getName() + "' has " + micro.getDimensions().length;
        }
        long na = abs.getDimensionsAsLong()[0];
        long nm = micro.getDimensionsAsLong()[0];
        if (na != nm) {
            return "'" + abs.getName() + "' holds " + na + " photons but '" + micro.getName() + "' holds " + nm;
        }
        if (na > Integer.MAX_VALUE - 8) {
            return "'" + abs.getName() + "' holds " + na + " photons, more than one array can hold";
        }
        String bounds = DatasetBounds.problem(abs);
        return bounds != null ? bounds : DatasetBounds.problem(micro);
    }

    static String layout(Dataset ds) {
        if (ds instanceof ChunkedDataset c) {
            StringBuilder s = new StringBuilder("chunked (").append(c.getChunkDimensions()[0]).append(')');
            ds.getFilters().forEach(f -> s.append(", ").append(f.getName()));
            return s.toString();
        }
        return ds.getDataLayout().name().toLowerCase(java.util.Locale.ROOT);
    }

    private Photons load(Dataset abs, Dataset micro, int n, String microName, boolean seconds)
            throws PhotonDataException {
        long[] a;
        double[] m;
        try {
            synchronized (lock) {
                a = PhotonArrays.readLongs(abs, n);
                m = PhotonArrays.readDoubles(micro, n);
            }
        } catch (RuntimeException e) {
            throw new PhotonDataException("photons could not be read: " + JhdfErrors.describe(e), e);
        }
        for (int i = 1; i < n; i++) {
            if (a[i] < a[i - 1]) {
                throw new PhotonDataException("'" + abs.getName() + "' is not increasing: value at index " + i + " ("
                        + a[i] + ") is smaller than at index " + (i - 1) + " (" + a[i - 1]
                        + "); the particle is rejected, not silently re-sorted");
            }
        }
        List<String> warnings = new ArrayList<>();
        if (seconds) {
            toNanoseconds(m);
        }
        nonFiniteWarning(m, microName).ifPresent(warnings::add);
        return Photons.of(a, m, warnings);
    }

    /** Applies the seconds-or-ns rule to a "(s)" dataset: max below 1e-3 means seconds. */
    static boolean toNanoseconds(double[] m) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : m) {
            if (Double.isFinite(v) && v > max) {
                max = v;
            }
        }
        if (max == Double.NEGATIVE_INFINITY || max >= SECONDS_THRESHOLD) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            m[i] *= 1e9;
        }
        return true;
    }

    private static java.util.Optional<String> nonFiniteWarning(double[] m, String microName) {
        int count = 0;
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < m.length; i++) {
            if (!Double.isFinite(m[i])) {
                if (count < 10) {
                    where.append(count == 0 ? "" : ", ").append(i);
                }
                count++;
            }
        }
        if (count == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("'" + microName + "' has " + count + " NaN value" + (count == 1 ? "" : "s")
                + " (index" + (count == 1 ? " " : "es ") + where + (count > 10 ? ", …" : "")
                + "); the photon keeps its absolute time (intensity analysis) but is left out of micro-time use"
                + " (decay histogram, channel width)");
    }
}
