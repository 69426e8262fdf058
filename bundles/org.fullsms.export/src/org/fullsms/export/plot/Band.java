package org.fullsms.export.plot;

import java.awt.Color;

/**
 * A shaded horizontal band from {@code from} to {@code to} on the y axis (e.g. a group's intensity range).
 *
 * @param label legend text, or {@code null}
 */
public record Band(double from, double to, Color color, String label) {
}
