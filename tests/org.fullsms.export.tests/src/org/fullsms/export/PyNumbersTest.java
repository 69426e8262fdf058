package org.fullsms.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fullsms.analysis.cpa.IntensityUnit;
import org.junit.jupiter.api.Test;

/** Cells print as Python's str(float) does (exact string comparison). */
class PyNumbersTest {

    @Test
    void plainRange() {
        assertEquals("0.0", PyNumbers.of(0));
        assertEquals("-0.0", PyNumbers.of(-0.0));
        assertEquals("1.0", PyNumbers.of(1));
        assertEquals("0.3", PyNumbers.of(3 * 100 / 1e3));
        assertEquals("0.30000000000000004", PyNumbers.of(0.1 + 0.2));
        assertEquals("101.01010101010101", PyNumbers.of(100 / 0.99));
        assertEquals("0.0001", PyNumbers.of(1e-4));
        assertEquals("10000000.0", PyNumbers.of(1e7));
        assertEquals("1234567890123456.0", PyNumbers.of(1234567890123456.0));
        assertEquals("-2.5", PyNumbers.of(-2.5));
    }

    @Test
    void scientificOutsideIt() {
        assertEquals("1e-05", PyNumbers.of(1e-5));
        assertEquals("1.5e-05", PyNumbers.of(1.5e-5));
        assertEquals("1e+16", PyNumbers.of(1e16));
        assertEquals("-1.2345e+20", PyNumbers.of(-1.2345e20));
        assertEquals("5e-324", PyNumbers.of(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", PyNumbers.of(Double.MAX_VALUE));
    }

    @Test
    void specialValues() {
        assertEquals("nan", PyNumbers.of(Double.NaN));
        assertEquals("inf", PyNumbers.of(Double.POSITIVE_INFINITY));
        assertEquals("-inf", PyNumbers.of(Double.NEGATIVE_INFINITY));
    }

    @Test
    void binSizeHeader() {
        assertEquals("100", IntensityUnit.binMs(100));
        assertEquals("2.5", IntensityUnit.binMs(2.5));
    }
}
