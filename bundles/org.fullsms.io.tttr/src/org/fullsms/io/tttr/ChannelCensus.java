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

    private final Map<Integer, long[]> photons = new TreeMap<>(); // channel → {count}
    private final Map<Integer, long[]> markers = new TreeMap<>(); // bits → {count}

    @Override
    public void photon(int channel, long macroTicks, int microChannel) {
        photons.computeIfAbsent(channel, c -> new long[1])[0]++;
    }

    @Override
    public void marker(long macroTicks, int bits) {
        markers.computeIfAbsent(bits, b -> new long[1])[0]++;
    }

    /** Channels with photons, ascending. */
    List<Integer> channels() {
        return new ArrayList<>(photons.keySet());
    }

    long photons(int channel) {
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
