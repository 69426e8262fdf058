package org.fullsms.io.tttr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fullsms.spi.ImportOptions;

/**
 * Which detector channels make which particle: one particle per channel (the default), one chosen channel, or a
 * pair (channel 1 and channel 2 of one particle, as a two-detector antibunching set-up needs).
 *
 * @param spec      the layout as the user gives it: "each", "A" or "A,B"
 * @param particles per particle, its channel ids: one (channel 1 only) or two (channel 1, channel 2)
 */
record ChannelLayout(String spec, List<int[]> particles) {

    /** The layout the options ask for, over the channels that have photons. */
    static ChannelLayout of(ImportOptions options, List<Integer> withPhotons, Path file) throws IOException {
        String spec = options == null || options.channels() == null ? "each" : options.channels().trim();
        List<int[]> particles = new ArrayList<>();
        if (spec.equalsIgnoreCase("each")) {
            withPhotons.forEach(c -> particles.add(new int[] { c }));
            return new ChannelLayout("each", particles);
        }
        String[] parts = spec.split(",", -1);
        if (parts.length > 2) {
            throw bad(file, spec, withPhotons);
        }
        int[] ids = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                ids[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw bad(file, spec, withPhotons);
            }
            if (!withPhotons.contains(ids[i])) {
                throw new TttrFormatException(file, "channel " + ids[i] + " has no photons (channels with photons: "
                        + withPhotons + ")");
            }
        }
        if (ids.length == 2 && ids[0] == ids[1]) {
            throw bad(file, spec, withPhotons);
        }
        particles.add(ids);
        return new ChannelLayout(ids.length == 1 ? String.valueOf(ids[0]) : ids[0] + "," + ids[1], particles);
    }

    private static TttrFormatException bad(Path file, String spec, List<Integer> withPhotons) {
        return new TttrFormatException(file, "--channels takes each, A or A,B (two different channel ids), got '"
                + spec + "' (channels with photons: " + withPhotons + ")");
    }
}
