package org.fullsms.export;

/**
 * Formats numbers as the original's CSV files show them (Python's {@code str} of a float: the shortest digits
 * that read back to the same double; plain notation for decimal exponents −4 … 15, else {@code 1.5e-05};
 * {@code nan}, {@code inf}), so that scripts comparing or parsing text see the same cells.
 */
final class PyNumbers {

    private PyNumbers() {
    }

    static String of(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return (Double.doubleToRawLongBits(v) < 0) ? "-0.0" : "0.0";
        }
        // Java 19+ prints the shortest uniquely identifying digits; only the layout differs from Python.
        String java = Double.toString(Math.abs(v));
        int e = java.indexOf('E');
        String mantissa = e < 0 ? java : java.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(java.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int pointPos = dot + exponent; // digits before the decimal point
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        digits = digits.substring(lead);
        pointPos -= lead;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        int decimalExponent = pointPos - 1;
        if (digits.length() == 2) {
            // Java prints at least two digits (4.9E-324) where one digit may read back too (Python: 5e-324):
            // take the nearest one-digit decimal if it reads back to the same double.
            long one = Math.round(Integer.parseInt(digits) / 10.0);
            int exp = one == 10 ? decimalExponent + 1 : decimalExponent;
            String candidate = one == 10 ? "1" : Long.toString(one);
            if (Double.parseDouble(candidate + "e" + exp) == Math.abs(v)) {
                digits = candidate;
                decimalExponent = exp;
                pointPos = exp + 1;
            }
        }
        StringBuilder out = new StringBuilder(24);
        if (v < 0) {
            out.append('-');
        }
        if (decimalExponent >= -4 && decimalExponent < 16) {
            if (pointPos <= 0) {
                out.append("0.");
                out.append("0".repeat(-pointPos));
                out.append(digits);
            } else if (pointPos >= digits.length()) {
                out.append(digits).append("0".repeat(pointPos - digits.length())).append(".0");
            } else {
                out.append(digits, 0, pointPos).append('.').append(digits, pointPos, digits.length());
            }
        } else {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            out.append('e').append(decimalExponent < 0 ? '-' : '+');
            int abs = Math.abs(decimalExponent);
            if (abs < 10) {
                out.append('0');
            }
            out.append(abs);
        }
        return out.toString();
    }
}
