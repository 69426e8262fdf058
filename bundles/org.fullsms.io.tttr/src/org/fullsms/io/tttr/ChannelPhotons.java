package org.fullsms.io.tttr;

import org.fullsms.model.MicroTimes;

/**
 * Collects one channel's photons into arrays sized by the census: absolute times in ns (macro ticks × the macro
 * unit, rounded to the nearest ns, the model's time base) and 16-bit micro-time channels, the arrays the model
 * keeps (no wider copy is made).
 */
final class ChannelPhotons implements TttrRecordVisitor {

    private final int channel;
    private final double macroUnitNs;
    private final long[] absoluteNs;
    private final char[] micro;
    private int n;

    ChannelPhotons(int channel, double macroUnitNs, long count) {
        if (count > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("channel " + channel + " has " + count
                    + " photons, more than one array can hold");
        }
        this.channel = channel;
        this.macroUnitNs = macroUnitNs;
        this.absoluteNs = new long[(int) count];
        this.micro = new char[(int) count];
    }

    @Override
    public void photon(int c, long macroTicks, int microChannel) {
        if (c == channel && n < absoluteNs.length) {
            absoluteNs[n] = Math.round(macroTicks * macroUnitNs);
            // every card's channels are below 65535; NO_MICRO (T2) and anything wider have no channel
            micro[n] = microChannel >= 0 && microChannel < MicroTimes.NARROW_NO_CHANNEL ? (char) microChannel
                    : MicroTimes.NARROW_NO_CHANNEL;
            n++;
        }
    }

    @Override
    public void marker(long macroTicks, int bits) {
        // markers are not photons
    }

    /** Photons collected; fewer than the census counted when the file changed in between. */
    int count() {
        return n;
    }

    long[] absoluteNs() {
        return absoluteNs;
    }

    /** Micro-time channels, {@link MicroTimes#NARROW_NO_CHANNEL} where a photon has none. */
    char[] micro() {
        return micro;
    }
}
