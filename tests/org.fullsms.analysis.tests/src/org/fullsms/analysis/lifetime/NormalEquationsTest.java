package org.fullsms.analysis.lifetime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The optimiser's normal equations, summed two rows against two columns at a time: for every number of parameters
 * and every pattern of free ones they must equal JᵀJ and Jᵀr summed one product at a time in channel order, bit for
 * bit (tolerance 0), since that is how they were summed before.
 */
class NormalEquationsTest {

    @Test
    void equalJtJAndJtrSummedOneProductAtATime() {
        SplittableRandom random = new SplittableRandom(7);
        for (int p = 1; p <= 8; p++) {
            for (int mask = 1; mask < 1 << p; mask++) {
                boolean[] free = new boolean[p];
                for (int i = 0; i < p; i++) {
                    free[i] = (mask >> i & 1) != 0;
                }
                LinearProblem problem = new LinearProblem(random, 37, free);
                // one iteration: the normal matrix returned is the one at the last point
                var outcome = new BoundedLevenbergMarquardt(problem, BoundedLevenbergMarquardt.Damping.NIELSEN)
                        .minimise(new double[p], 1);
                double[][] jac = new double[p][problem.residuals()];
                double[] r = new double[problem.residuals()];
                problem.evaluate(outcome.x(), r);
                problem.jacobian(outcome.x(), jac);
                for (int i = 0; i < p; i++) {
                    double[] expected = new double[p];
                    for (int j = 0; j < p; j++) {
                        expected[j] = free[i] && free[j] ? sequentialDot(jac[i], jac[j]) : 0;
                    }
                    assertArrayEquals(expected, outcome.normalMatrix()[i], 0, "p " + p + ", free " + Arrays
                            .toString(free) + ", row " + i);
                }
            }
        }
    }

    @Test
    void gradientIsJtrSummedInChannelOrder() {
        boolean[] free = { true, false, true, true, true };
        LinearProblem problem = new LinearProblem(new SplittableRandom(3), 101, free);
        double[] x = { 0.5, 0, -1, 2, 0.25 };
        double[][] jac = new double[free.length][problem.residuals()];
        double[] r = new double[problem.residuals()];
        problem.evaluate(x, r);
        problem.jacobian(x, jac);
        // the gradient is seen through the first step: at λ → 0 on a linear problem one step reaches the minimum,
        // whose residuals are orthogonal to the free columns up to rounding
        var outcome = new BoundedLevenbergMarquardt(problem, BoundedLevenbergMarquardt.Damping.NIELSEN).minimise(x,
                50);
        double[] rEnd = outcome.residuals();
        for (int i = 0; i < free.length; i++) {
            if (free[i]) {
                assertEquals(0, sequentialDot(jac[i], rEnd), 1e-9 * Math.sqrt(sequentialDot(jac[i], jac[i])
                        * sequentialDot(rEnd, rEnd)), "column " + i);
            }
        }
    }

    private static double sequentialDot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    /** r = A·x − y with a random A and y, unbounded. */
    private static final class LinearProblem implements FitProblem {

        private final double[][] a;
        private final double[] y;
        private final boolean[] free;

        LinearProblem(SplittableRandom random, int n, boolean[] free) {
            this.free = free;
            this.a = new double[free.length][n];
            this.y = new double[n];
            for (int k = 0; k < n; k++) {
                y[k] = random.nextDouble(-1, 1);
                for (int i = 0; i < free.length; i++) {
                    a[i][k] = random.nextDouble(-1, 1);
                }
            }
        }

        @Override
        public int residuals() {
            return y.length;
        }

        @Override
        public int parameters() {
            return free.length;
        }

        @Override
        public double[] lower() {
            double[] v = new double[free.length];
            Arrays.fill(v, Double.NEGATIVE_INFINITY);
            return v;
        }

        @Override
        public double[] upper() {
            double[] v = new double[free.length];
            Arrays.fill(v, Double.POSITIVE_INFINITY);
            return v;
        }

        @Override
        public boolean[] free() {
            return free;
        }

        @Override
        public void project(double[] x) {
        }

        @Override
        public double evaluate(double[] x, double[] r) {
            double f = 0;
            for (int k = 0; k < y.length; k++) {
                double m = -y[k];
                for (int i = 0; i < free.length; i++) {
                    m += a[i][k] * x[i];
                }
                r[k] = m;
                f += m * m;
            }
            return f;
        }

        @Override
        public void jacobian(double[] x, double[][] jac) {
            for (int i = 0; i < free.length; i++) {
                if (free[i]) {
                    System.arraycopy(a[i], 0, jac[i], 0, y.length);
                }
            }
        }
    }
}
