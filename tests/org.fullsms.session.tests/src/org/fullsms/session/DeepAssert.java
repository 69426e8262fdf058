package org.fullsms.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.fullsms.analysis.cpa.CriticalValues;

/**
 * Exact, deep comparison of engine records as saved and loaded: record components one by one, arrays element by
 * element with {@link Arrays#equals} (for doubles bit-exact: NaN equals NaN at the same position, 0.0 differs from
 * −0.0), lists and maps entry by entry. Records hold arrays, so their own {@code equals} (array identity) cannot
 * be used. Critical-value tables are compared by confidence, source and values, as sessions store only the first
 * two and look the tables up again. Tolerance everywhere: none (0).
 */
final class DeepAssert {

    /** NaN values met in double arrays and components, to show that NaN positions were really compared. */
    private int nanCount;

    int nanCount() {
        return nanCount;
    }

    void equal(Object expected, Object actual, String path) {
        if (expected == null || actual == null) {
            assertTrue(expected == actual, path + ": expected " + expected + " but was " + actual);
            return;
        }
        assertEquals(expected.getClass(), actual.getClass(), path + ": type");
        if (expected instanceof double[] e) {
            double[] a = (double[]) actual;
            int at = Arrays.mismatch(e, a);
            assertTrue(at < 0, () -> path + ": lengths " + e.length + "/" + a.length + ", first difference at ["
                    + at + "]: " + (at < e.length ? e[at] : "none") + " vs " + (at < a.length ? a[at] : "none"));
            nanCount += (int) Arrays.stream(e).filter(Double::isNaN).count();
        } else if (expected instanceof int[] e) {
            assertEquals(-1, Arrays.mismatch(e, (int[]) actual), path + ": first difference");
        } else if (expected instanceof long[] e) {
            assertEquals(-1, Arrays.mismatch(e, (long[]) actual), path + ": first difference");
        } else if (expected instanceof Double e) {
            assertEquals(Double.doubleToLongBits(e), Double.doubleToLongBits((Double) actual), path + ": " + e + " vs "
                    + actual);
            nanCount += e.isNaN() ? 1 : 0;
        } else if (expected instanceof CriticalValues e) {
            CriticalValues a = (CriticalValues) actual;
            assertEquals(e.source(), a.source(), path + ".source");
            assertEquals(e.confidencePercent(), a.confidencePercent(), 0.0, path + ".confidence");
            assertEquals(e.maxN(), a.maxN(), path + ".maxN");
            for (int n = 2; n <= e.maxN(); n += Math.max(1, e.maxN() / 50)) {
                assertEquals(e.tauA(n), a.tauA(n), 0.0, path + ".tauA(" + n + ")");
                assertEquals(e.tauB(n), a.tauB(n), 0.0, path + ".tauB(" + n + ")");
            }
        } else if (expected instanceof Record) {
            for (RecordComponent c : expected.getClass().getRecordComponents()) {
                equal(read(c, expected), read(c, actual), path + "." + c.getName());
            }
        } else if (expected instanceof List<?> e) {
            List<?> a = (List<?>) actual;
            assertEquals(e.size(), a.size(), path + ": size");
            for (int i = 0; i < e.size(); i++) {
                equal(e.get(i), a.get(i), path + "[" + i + "]");
            }
        } else if (expected instanceof Map<?, ?> e) {
            Map<?, ?> a = (Map<?, ?>) actual;
            assertEquals(e.keySet(), a.keySet(), path + ": keys");
            Iterator<?> keys = e.keySet().iterator();
            while (keys.hasNext()) {
                Object key = keys.next();
                equal(e.get(key), a.get(key), path + "[" + key + "]");
            }
        } else {
            assertEquals(expected, actual, path);
        }
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            return fail(c + ": " + e);
        }
    }
}
