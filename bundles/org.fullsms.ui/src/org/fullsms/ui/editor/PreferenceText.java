package org.fullsms.ui.editor;

import java.util.Locale;

/** Number formatting for labels and axis units. */
final class PreferenceText {

    private PreferenceText() {
    }

    static String integer(double v) {
        return Long.toString(Math.round(v));
    }

    /** 1 234 567 (thin grouping, locale independent). */
    static String grouped(long v) {
        return String.format(Locale.ROOT, "%,d", v).replace(',', ' ');
    }

    /** "100" for whole numbers, else up to three decimals. */
    static String number(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "");
    }
}
