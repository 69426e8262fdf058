package org.fullsms.io.tttr;

/**
 * Collects one channel's photons into arrays sized by the census: absolute times in ns (macro ticks × the macro
 * unit, rounded to the nearest ns, the model's time base) and micro-time channels.
 */
final class ChannelPhotons implements TttrRecordVisitor {

    private final int channel;
    private final double macroUnitNs;
    private final long[] absoluteNs;
    private final int[] micro;
    private int n;

    ChannelPhotons(int channel, double macroUnitNs, long count) {
        if (count > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("channel " + channel + " has " + count
                    + " photons, more than one array can hold");
        }
        this.channel = channel;
        this.macroUnitNs = macroUnitNs;
        this.absoluteNs = new long[(int) count];
        this.micro = new int[(int) count];
    }

    @Override
    public void photon(int c, long macroTicks, int microChannel) {
        if (c == channel && n < absoluteNs.length) {
            absoluteNs[n] = Math.round(macroTicks * macroUnitNs);
            micro[n] = microChannel; // NO_MICRO (−1) is MicroTimes.NO_CHANNEL
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

    int[] micro() {
        return micro;
    }
}
