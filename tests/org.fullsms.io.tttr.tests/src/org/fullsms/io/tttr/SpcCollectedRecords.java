package org.fullsms.io.tttr;

import java.util.Arrays;

/** A visitor that keeps every photon and marker, for tests on small files. */
final class SpcCollectedRecords implements TttrRecordVisitor {

    int photons;
    int[] channels = new int[1024];
    long[] macro = new long[1024];
    int[] micro = new int[1024];
    int markers;
    long[] markerMacro = new long[16];
    int[] markerBits = new int[16];

    @Override
    public void photon(int channel, long macroTicks, int microChannel) {
        if (photons == channels.length) {
            channels = Arrays.copyOf(channels, photons * 2);
            macro = Arrays.copyOf(macro, photons * 2);
            micro = Arrays.copyOf(micro, photons * 2);
        }
        channels[photons] = channel;
        macro[photons] = macroTicks;
        micro[photons] = microChannel;
        photons++;
    }

    @Override
    public void marker(long macroTicks, int bits) {
        if (markers == markerBits.length) {
            markerMacro = Arrays.copyOf(markerMacro, markers * 2);
            markerBits = Arrays.copyOf(markerBits, markers * 2);
        }
        markerMacro[markers] = macroTicks;
        markerBits[markers] = bits;
        markers++;
    }
}
