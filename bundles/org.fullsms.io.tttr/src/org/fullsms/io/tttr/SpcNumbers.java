package org.fullsms.io.tttr;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers in messages and tags: exact-looking decimals without trailing zeros or exponent notation. */
final class SpcNumbers {

    private static final MathContext TWELVE_DIGITS = new MathContext(12);

    private SpcNumbers() {
    }

    /** {@code value} rounded to 12 significant digits, e.g. "3.2958984375" or "13.5". */
    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return new BigDecimal(value).round(TWELVE_DIGITS).stripTrailingZeros().toPlainString();
    }

    /** A time given in ns, printed in seconds, e.g. "62.3288 s". */
    static String seconds(double ns) {
        return new BigDecimal(ns / 1e9).round(new MathContext(6)).stripTrailingZeros().toPlainString() + " s";
    }
}
