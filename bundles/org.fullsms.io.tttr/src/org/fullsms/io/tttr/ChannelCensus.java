package org.fullsms.io.tttr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A first pass over a file's records: photons per channel and markers per bit mask, so that the particles can be
 * laid out, and each channel's photons later read into arrays of exactly the right length.
 */
final class ChannelCensus implements TttrRecordVisitor {

    /** Channels of real files are small numbers: counted in an array; others (none known) in the map. */
    private static final int DIRECT = 1 << 12;

    private final long[] direct = new long[DIRECT];
    private final Map<Integer, long[]> photons = new TreeMap<>(); // other channel → {count}
    private final Map<Integer, long[]> markers = new TreeMap<>(); // bits → {count}

    @Override
    public void photon(int channel, long macroTicks, int microChannel) {
        if (channel >= 0 && channel < DIRECT) {
            direct[channel]++;
        } else {
            photons.computeIfAbsent(channel, c -> new long[1])[0]++;
        }
    }

    @Override
    public void marker(long macroTicks, int bits) {
        markers.computeIfAbsent(bits, b -> new long[1])[0]++;
    }

    /** Channels with photons, ascending. */
    List<Integer> channels() {
        List<Integer> channels = new ArrayList<>(photons.keySet().stream().filter(c -> c < 0).toList());
        for (int c = 0; c < DIRECT; c++) {
            if (direct[c] > 0) {
                channels.add(c);
            }
        }
        channels.addAll(photons.keySet().stream().filter(c -> c >= DIRECT).toList());
        return channels;
    }

    long photons(int channel) {
        if (channel >= 0 && channel < DIRECT) {
            return direct[channel];
        }
        long[] n = photons.get(channel);
        return n == null ? 0 : n[0];
    }

    /** Marker records per bit mask, ascending by mask. */
    Map<Integer, Long> markers() {
        Map<Integer, Long> counts = new TreeMap<>();
        markers.forEach((bits, n) -> counts.put(bits, n[0]));
        return counts;
    }
}
