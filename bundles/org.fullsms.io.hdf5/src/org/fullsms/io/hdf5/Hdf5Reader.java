package org.fullsms.io.hdf5;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fullsms.model.Dataset;
import org.fullsms.model.Particle;
import org.fullsms.model.RasterScan;

import io.jhdf.HdfFile;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * Opens Full SMS HDF5 files (format v1.0–1.08, REFERENCE §2). The file is checked (HDF5 signature, superblock
 * end-of-file address against the size) before anything else; then the metadata of every particle group are
 * read, in natural numeric order, and the photons are left to be read on first use. The returned
 * {@link Dataset} keeps the file open until it is closed. Stateless and thread-safe.
 */
public final class Hdf5Reader {

    /** Groups whose name starts with this are particles. */
    static final String PARTICLE_PREFIX = "Particle ";

    /** True when the file has an HDF5 signature; reads a few bytes only, never throws. */
    public boolean canRead(Path file) {
        return Files.isRegularFile(file) && FileCheck.hasSignature(file);
    }

    public Dataset open(Path file) throws IOException {
        return open(file, ReadOptions.DEFAULTS);
    }

    /**
     * Opens a file.
     *
     * @throws Hdf5FormatException for a file that cannot be read at all (not HDF5, truncated, broken
     *                             structure); the message names the file. Problems of single particles do not
     *                             throw: those particles carry an error or warnings.
     */
    public Dataset open(Path file, ReadOptions options) throws IOException {
        Objects.requireNonNull(options, "options");
        if (!Files.isRegularFile(file)) {
            throw new Hdf5FormatException(file, "no such file");
        }
        FileCheck.check(file);
        HdfFile hdf;
        try {
            hdf = new HdfFile(file);
        } catch (RuntimeException e) {
            throw new Hdf5FormatException(file, "the HDF5 structure cannot be read (" + JhdfErrors.describe(e) + ")",
                    e);
        }
        if (groupsLikePhotonHdf5(hdf)) {
            hdf.close();
            throw new Hdf5FormatException(file, "a Photon-HDF5 file, not a Full SMS file: open it with the "
                    + "Photon-HDF5 importer (feature \"Full SMS instrument file importers\")");
        }
        try {
            return read(file, hdf, options);
        } catch (RuntimeException e) {
            hdf.close();
            throw new Hdf5FormatException(file, "the HDF5 structure cannot be read (" + JhdfErrors.describe(e) + ")",
                    e);
        } catch (OutOfMemoryError e) {
            hdf.close();
            throw new Hdf5FormatException(file, "the HDF5 structure cannot be read (" + JhdfErrors.HUGE_STRUCTURE
                    + ")", e);
        }
    }

    /**
     * A Photon-HDF5 root ({@code photon_data} groups, no particle groups): read as Full SMS it would be a file of
     * no particles, which would hide the photons it holds.
     */
    private static boolean groupsLikePhotonHdf5(HdfFile hdf) {
        try {
            boolean photonData = hdf.getChildren().keySet().stream().anyMatch(n -> n.matches("photon_data\\d*"));
            return photonData && particleGroups(hdf).isEmpty();
        } catch (RuntimeException e) {
            return false; // a damaged structure is reported by read()
        }
    }

    private static Dataset read(Path file, HdfFile hdf, ReadOptions options) {
        VersionRules rules = VersionRules.of(AttributeValues.raw(hdf, "Version"));
        int declared = (int) AttributeValues.integer(hdf, "# Particles", -1);
        List<Group> groups = particleGroups(hdf);
        List<String> warnings = new ArrayList<>();
        for (Group g : List.copyOf(groups)) {
            if (number(g.getName()) < 0) {
                warnings.add("group '" + g.getName() + "' has no particle number; it is skipped");
                groups.remove(g);
            }
        }
        if (declared >= 0 && declared != groups.size()) {
            warnings.add("'# Particles' is " + declared + " but " + groups.size() + " particle groups were found; the "
                    + groups.size() + " groups are loaded");
        } else if (declared < 0) {
            warnings.add("'# Particles' attribute is missing; " + groups.size() + " particle groups were found");
        }
        GroupReader reader = new GroupReader(hdf);
        List<GroupReader.GroupData> data = new ArrayList<>(groups.size());
        for (Group g : groups) {
            data.add(readGroup(reader, g, rules));
        }
        List<RasterScan> unique = new ArrayList<>();
        List<Particle> particles = new ArrayList<>(data.size());
        RasterScan previous = null;
        for (GroupReader.GroupData d : data) {
            RasterScan raster = d.raster();
            if (raster != null) {
                if (previous == null || !sameScan(previous, raster)) {
                    previous = raster.withIndex(unique.size());
                    unique.add(previous);
                }
                raster = previous;
            }
            particles.add(ParticleAssembly.build(d, raster, options.channelWidthOverrideNs()));
        }
        return new Dataset(file, rules.version(), declared, particles, unique, warnings, hdf);
    }

    private static GroupReader.GroupData readGroup(GroupReader reader, Group g, VersionRules rules) {
        int number = number(g.getName());
        try {
            return reader.read(g, number, rules);
        } catch (RuntimeException e) {
            return ParticleAssembly.broken(number, "the group could not be read (" + JhdfErrors.describe(e) + ")");
        } catch (OutOfMemoryError e) {
            // jHDF allocates what a header claims; valid headers are small (photons are read later, bounded)
            return ParticleAssembly.broken(number, "the group could not be read (" + JhdfErrors.HUGE_STRUCTURE + ")");
        }
    }

    /** Root groups named "Particle …", sorted by their number (jHDF returns hash order). */
    static List<Group> particleGroups(HdfFile hdf) {
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, Node> e : hdf.getChildren().entrySet()) {
            if (e.getKey().startsWith(PARTICLE_PREFIX) && e.getValue() instanceof Group g) {
                groups.add(g);
            }
        }
        groups.sort(Comparator.comparingInt((Group g) -> number(g.getName())).thenComparing(Group::getName));
        return groups;
    }

    /** The N of "Particle N", or -1 when the rest of the name is not a number. */
    static int number(String groupName) {
        String rest = groupName.substring(PARTICLE_PREFIX.length()).trim();
        try {
            return Integer.parseInt(rest);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean sameScan(RasterScan a, RasterScan b) {
        return a.rows() == b.rows() && a.cols() == b.cols() && a.pixelsPerLine() == b.pixelsPerLine()
                && same(a.integrationTimeMsPerUm(), b.integrationTimeMsPerUm()) && same(a.rangeUm(), b.rangeUm())
                && same(a.xStartUm(), b.xStartUm()) && same(a.yStartUm(), b.yStartUm())
                && Objects.equals(a.bhCard(), b.bhCard()) && Arrays.equals(a.values(), b.values());
    }

    private static boolean same(double a, double b) {
        return Double.compare(a, b) == 0;
    }
}
