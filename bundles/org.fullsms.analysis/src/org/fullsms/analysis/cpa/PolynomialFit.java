package org.fullsms.analysis.cpa;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;

/** Least-squares polynomial in x = ln n, used to smooth Monte Carlo quantiles across segment sizes. */
final class PolynomialFit {

    private PolynomialFit() {
    }

    /** Coefficients c0…cd of the fit over the nodes with n ≥ {@code fromN}; x is centred and scaled. */
    static double[] fit(int[] nodes, double[] values, int fromN, int degree) {
        int count = 0;
        for (int n : nodes) {
            if (n >= fromN) {
                count++;
            }
        }
        double[][] design = new double[count][degree + 1];
        double[] y = new double[count];
        int r = 0;
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i] < fromN) {
                continue;
            }
            double x = scaled(Math.log(nodes[i]));
            double power = 1;
            for (int d = 0; d <= degree; d++) {
                design[r][d] = power;
                power *= x;
            }
            y[r++] = values[i];
        }
        RealVector c = new QRDecomposition(new Array2DRowRealMatrix(design, false)).getSolver()
                .solve(new ArrayRealVector(y, false));
        return c.toArray();
    }

    static double eval(double[] coef, double lnN) {
        double x = scaled(lnN);
        double sum = 0;
        for (int d = coef.length - 1; d >= 0; d--) {
            sum = sum * x + coef[d];
        }
        return sum;
    }

    /** Maps ln n from [ln 40, ln 1001] to about [−1, 1] for a well-conditioned design matrix. */
    private static double scaled(double lnN) {
        return (lnN - 5.3) / 1.61;
    }
}
