package org.fullsms.analysis.grouping;

/**
 * Lagrange interpolation on equally spaced nodes: the value at a point θ ∈ [0, 1) of the cell between nodes 0
 * and 1 from the {@link #POINTS} nodes −{@link #BEFORE} … POINTS − BEFORE − 1 around it (centred, where equally
 * spaced interpolation is accurate).
 */
final class Lagrange {

    static final int POINTS = 16;
    static final int BEFORE = POINTS / 2 - 1;

    /** 1 / Π_{l≠k} (k − l), the denominators of the basis polynomials. */
    private static final double[] SCALE = new double[POINTS];

    static {
        for (int k = 0; k < POINTS; k++) {
            double product = 1;
            for (int l = 0; l < POINTS; l++) {
                if (l != k) {
                    product *= k - l;
                }
            }
            SCALE[k] = 1 / product;
        }
    }

    private Lagrange() {
    }

    /** The basis polynomials at θ: {@code out[k]} weighs node k − BEFORE. Products, no division by θ − node. */
    static void weights(double theta, double[] out) {
        double before = 1;
        for (int k = 0; k < POINTS; k++) {
            out[k] = before;
            before *= theta - (k - BEFORE);
        }
        double after = 1;
        for (int k = POINTS - 1; k >= 0; k--) {
            out[k] *= after * SCALE[k];
            after *= theta - (k - BEFORE);
        }
    }
}
