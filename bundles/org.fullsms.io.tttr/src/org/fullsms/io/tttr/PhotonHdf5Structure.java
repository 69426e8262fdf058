package org.fullsms.io.tttr;

import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * Where the photons of a Photon-HDF5 file are (photon-hdf5.readthedocs.io): one group {@code /photon_data}, or for
 * multi-spot data {@code /photon_data0}, {@code /photon_data1} …, each with {@code timestamps} (integers),
 * {@code timestamps_specs/timestamps_unit} (seconds), optional {@code detectors}, optional {@code nanotimes} with
 * {@code nanotimes_specs/tcspc_unit}, {@code tcspc_num_bins} and {@code tcspc_range}, and optional
 * {@code measurement_specs/laser_repetition_rate}. Scalar parameters are accepted as scalar datasets, one-element
 * arrays or attributes of the same name on the parent group, because writers differ.
 */
final class PhotonHdf5Structure {

    static final String FORMAT_NAME = "Photon-HDF5";
    private static final Pattern SPOT = Pattern.compile("photon_data(\\d*)");

    private PhotonHdf5Structure() {
    }

    /** One {@code photon_data} group and its spot number (0 for a single-spot file). */
    record Spot(Group group, int index) {
    }

    /**
     * Whether an open HDF5 file is Photon-HDF5: it has a {@code photon_data} (or {@code photon_data0}) group or
     * says {@code format_name = "Photon-HDF5"} (root attribute or {@code /identity/format_name}), and it has no
     * "Particle …" group of a Full SMS file.
     */
    static boolean isPhotonHdf5(HdfFile hdf) {
        for (String name : hdf.getChildren().keySet()) {
            if (name.startsWith("Particle ")) {
                return false;
            }
        }
        return !spots(hdf).isEmpty() || FORMAT_NAME.equalsIgnoreCase(formatName(hdf));
    }

    /** The root attribute {@code format_name}, else {@code /identity/format_name}, else null. */
    static String formatName(HdfFile hdf) {
        String name = text(hdf, "format_name");
        return name != null ? name : text(hdf, "identity/format_name");
    }

    /** The spot groups, in spot order. */
    static List<Spot> spots(HdfFile hdf) {
        List<Spot> spots = new ArrayList<>();
        for (Node node : hdf.getChildren().values()) {
            Matcher m = SPOT.matcher(node.getName());
            if (node.isGroup() && m.matches() && m.group(1).length() < 6) {
                spots.add(new Spot((Group) node, m.group(1).isEmpty() ? 0 : Integer.parseInt(m.group(1))));
            }
        }
        spots.sort(Comparator.comparingInt(Spot::index));
        return spots;
    }

    /** A dataset under a group, or null when there is none (or it is a group). */
    static Dataset dataset(Group group, String path) {
        Node node = child(group, path);
        return node instanceof Dataset d ? d : null;
    }

    /**
     * A number stored as a scalar dataset, a one-element array, or an attribute of that name on the parent
     * group; NaN when absent or not a number.
     */
    static double number(Group group, String path) {
        Object value = value(group, path);
        if (value != null && value.getClass().isArray()) {
            value = Array.getLength(value) == 1 ? Array.get(value, 0) : null;
        }
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** A string stored like {@link #number}, trimmed; null when absent. */
    static String text(Group group, String path) {
        Object value = value(group, path);
        if (value != null && value.getClass().isArray()) {
            value = Array.getLength(value) == 1 ? Array.get(value, 0) : null;
        }
        if (value instanceof byte[] bytes) {
            value = new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString().trim();
    }

    private static Object value(Group group, String path) {
        Node node = child(group, path);
        if (node instanceof Dataset d) {
            return d.getSizeInBytes() > 1024 ? null : d.getData();
        }
        int slash = path.lastIndexOf('/');
        Node parent = slash < 0 ? group : child(group, path.substring(0, slash));
        if (parent == null) {
            return null;
        }
        Attribute attribute = parent.getAttributes().get(path.substring(slash + 1));
        return attribute == null ? null : attribute.getData();
    }

    private static Node child(Group group, String path) {
        Node node = group;
        for (String part : path.split("/")) {
            if (!(node instanceof Group g)) {
                return null;
            }
            node = g.getChildren().get(part);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** "photon_data1" and the like, for messages. */
    static String describe(List<Spot> spots) {
        return spots.size() == 1 ? spots.get(0).group().getName()
                : spots.size() + " spots (" + spots.get(0).group().getName() + " … "
                        + spots.get(spots.size() - 1).group().getName() + ")";
    }
}
