package org.fullsms.analysis.simulation;

import java.util.Arrays;

/** A growable pair of primitive arrays for one channel's photons. */
final class PhotonBuffer {

    private long[] abs;
    private double[] micro;
    private int size;

    PhotonBuffer(int capacity) {
        abs = new long[Math.max(16, capacity)];
        micro = new double[abs.length];
    }

    void add(long absNs, double microNs) {
        if (size == abs.length) {
            int grown = abs.length + (abs.length >> 1);
            abs = Arrays.copyOf(abs, grown);
            micro = Arrays.copyOf(micro, grown);
        }
        abs[size] = absNs;
        micro[size] = microNs;
        size++;
    }

    int size() {
        return size;
    }

    /** The last absolute time, or {@link Long#MIN_VALUE} when empty. */
    long lastAbs() {
        return size == 0 ? Long.MIN_VALUE : abs[size - 1];
    }

    long[] absolute() {
        return abs.length == size ? abs : Arrays.copyOf(abs, size);
    }

    double[] micro() {
        return micro.length == size ? micro : Arrays.copyOf(micro, size);
    }
}
