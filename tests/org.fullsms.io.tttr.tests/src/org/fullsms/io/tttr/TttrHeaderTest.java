package org.fullsms.io.tttr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TttrHeaderTest {

    private static TttrHeader header(double unit, double micro, int channels) {
        return new TttrHeader("test", unit, Double.NaN, micro, channels, 0, -1, null, Map.of(), List.of());
    }

    @Test
    void macroUnitMustBePositiveAndFinite() {
        assertThrows(IllegalArgumentException.class, () -> header(0, 0.1, 4096));
        assertThrows(IllegalArgumentException.class, () -> header(Double.NaN, 0.1, 4096));
        assertThrows(IllegalArgumentException.class, () -> header(Double.POSITIVE_INFINITY, 0.1, 4096));
    }

    @Test
    void t2DataHaveNoMicroTimes() {
        assertFalse(header(0.004, Double.NaN, 0).hasMicroTimes());
        assertFalse(header(0.004, 0.1, 0).hasMicroTimes());
        assertTrue(header(12.8, 0.097, 4096).hasMicroTimes());
    }
}
