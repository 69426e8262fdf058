package org.fullsms.runtime;

import java.util.Arrays;

/** Index arithmetic on sorted absolute photon times. */
public final class TimeIndex {

    private TimeIndex() {
    }

    /** Index of the first photon at or after {@code seconds} (the length when there is none). */
    public static int firstAtOrAfter(long[] times, double seconds) {
        long t = (long) Math.ceil(seconds * 1e9);
        int i = Arrays.binarySearch(times, t);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && times[i - 1] == t) {
            i--;
        }
        return i;
    }
}
