package org.fullsms.analysis.filter;

/**
 * The significance of the Durbin–Watson test: a fit fails when its d is below the lower bound at this level (the
 * fit's {@code durbinWatsonBounds}, in this order).
 */
public enum DwLevel {
    FIVE_PERCENT("5%", "dw_5"), ONE_PERCENT("1%", "dw_1"), POINT_THREE_PERCENT("0.3%", "dw_03"),
    POINT_ONE_PERCENT("0.1%", "dw_01");

    private final String label;
    private final String boundColumn;

    DwLevel(String label, String boundColumn) {
        this.label = label;
        this.boundColumn = boundColumn;
    }

    /** The original's choice, e.g. "0.3%". */
    public String label() {
        return label;
    }

    /** The exported column of the bound ({@code dw_03}); the failure column is {@code failed_} + it. */
    public String boundColumn() {
        return boundColumn;
    }

    /** Index into a fit's {@code durbinWatsonBounds}. */
    public int boundIndex() {
        return ordinal();
    }
}
