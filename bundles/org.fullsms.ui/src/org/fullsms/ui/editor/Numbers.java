package org.fullsms.ui.editor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number texts for result tables: never a 30-digit number, never "NaN". */
final class Numbers {

    /** Shown for NaN and infinities. */
    static final String NONE = "—";

    private Numbers() {
    }

    /**
     * @param v      value
     * @param digits significant digits, ≥ 1
     * @return v with at most {@code digits} significant digits: plain between 1e-3 and 1e5, else as 2.592e26; "—"
     *         when not finite
     */
    static String significant(double v, int digits) {
        if (!Double.isFinite(v)) {
            return NONE;
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(digits));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent >= 5 || exponent < -3) {
            return scientific(v, digits);
        }
        return rounded.setScale(Math.max(0, digits - 1 - exponent)).toPlainString();
    }

    /**
     * @param v        value
     * @param decimals decimals for ordinary magnitudes
     * @return v with fixed decimals when |v| is below 1e5 (and not a tiny non-zero value that would read as 0),
     *         else 4 significant digits; "—" when not finite
     */
    static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return NONE;
        }
        double a = Math.abs(v);
        if (a >= 1e5 || (a > 0 && a < Math.pow(10, -decimals))) {
            return significant(v, 4);
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String scientific(double v, int digits) {
        String s = String.format(Locale.ROOT, "%." + (digits - 1) + "e", v); // e.g. 2.592e+26, 1.000e-05
        int e = s.indexOf('e');
        String mantissa = s.substring(0, e);
        int exp = Integer.parseInt(s.substring(e + 1));
        return mantissa + "e" + exp;
    }
}
