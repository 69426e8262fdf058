package org.fullsms.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Exact texts: no tolerance. */
class NumbersTest {

    @Test
    void significantDigitsStayReadableForAnyDouble() {
        assertEquals("1.529", Numbers.significant(1.52891, 4));
        assertEquals("12.35", Numbers.significant(12.3456, 4));
        assertEquals("1235", Numbers.significant(1234.56, 4));
        assertEquals("0.001235", Numbers.significant(0.00123456, 4));
        assertEquals("10.00", Numbers.significant(9.99996, 4));
        assertEquals("2.592e26", Numbers.significant(2.59152887e26, 4));
        assertEquals("-1.000e-5", Numbers.significant(-0.00001, 4));
        assertEquals("0", Numbers.significant(0, 4));
        assertEquals("—", Numbers.significant(Double.NaN, 4));
        assertEquals("—", Numbers.significant(Double.POSITIVE_INFINITY, 4));
    }

    @Test
    void fixedDecimalsFallBackToSignificantDigitsForExtremes() {
        assertEquals("4.268", Numbers.fixed(4.26812, 3));
        assertEquals("-0.115", Numbers.fixed(-0.1151, 3));
        assertEquals("0.000", Numbers.fixed(0, 3));
        assertEquals("2.592e26", Numbers.fixed(2.59152887e26, 3));
        assertEquals("4.000e-5", Numbers.fixed(0.00004, 3));
        assertEquals("—", Numbers.fixed(Double.NaN, 3));
    }
}
