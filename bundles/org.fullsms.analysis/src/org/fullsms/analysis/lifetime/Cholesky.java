package org.fullsms.analysis.lifetime;

/** Small dense symmetric positive-definite solves and inverses for the optimiser (p ≤ ~10). */
final class Cholesky {

    private Cholesky() {
    }

    /** Factorises {@code a} (lower triangle, in place) and solves a·x = b into {@code b}; false if not PD. */
    static boolean solveInPlace(double[][] a, double[] b, int p) {
        if (!factor(a, p)) {
            return false;
        }
        for (int i = 0; i < p; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= a[i][k] * b[k];
            }
            b[i] = s / a[i][i];
        }
        for (int i = p - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = i + 1; k < p; k++) {
                s -= a[k][i] * b[k];
            }
            b[i] = s / a[i][i];
        }
        return true;
    }

    private static boolean factor(double[][] a, int p) {
        for (int j = 0; j < p; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= a[j][k] * a[j][k];
            }
            if (!(d > 0)) {
                return false;
            }
            double root = Math.sqrt(d);
            a[j][j] = root;
            for (int i = j + 1; i < p; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= a[i][k] * a[j][k];
                }
                a[i][j] = s / root;
            }
        }
        return true;
    }

    /**
     * Inverse of the symmetric matrix {@code h} restricted to the rows/columns in {@code use} (others NaN),
     * computed on the unit-diagonal scaled matrix for conditioning; {@code null} when singular.
     */
    static double[][] inverse(double[][] h, boolean[] use) {
        int p = h.length;
        int[] idx = new int[p];
        int m = 0;
        for (int i = 0; i < p; i++) {
            if (use[i]) {
                if (!(h[i][i] > 0)) {
                    return null;
                }
                idx[m++] = i;
            }
        }
        double[] scale = new double[m];
        for (int i = 0; i < m; i++) {
            scale[i] = 1 / Math.sqrt(h[idx[i]][idx[i]]);
        }
        double[][] inv = new double[p][p];
        for (double[] row : inv) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        double[][] a = new double[m][m];
        double[] col = new double[m];
        for (int c = 0; c < m; c++) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    a[i][j] = h[idx[i]][idx[j]] * scale[i] * scale[j];
                }
                col[i] = i == c ? 1 : 0;
            }
            if (!solveInPlace(a, col, m)) {
                return null;
            }
            for (int i = 0; i < m; i++) {
                inv[idx[i]][idx[c]] = col[i] * scale[i] * scale[c];
            }
        }
        return inv;
    }
}
