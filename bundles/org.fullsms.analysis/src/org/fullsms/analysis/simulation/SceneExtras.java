package org.fullsms.analysis.simulation;

import java.util.List;
import java.util.random.RandomGenerator;

import org.fullsms.model.Lazy;
import org.fullsms.model.RasterScan;
import org.fullsms.model.Spectra;

/**
 * The optional extras of a simulation: particle positions, one raster scan of the field showing every particle
 * as a Gaussian spot, and per-particle spectra whose peak follows the state (600 + 15·state nm).
 */
final class SceneExtras {

    static final int RASTER_PIXELS = 48;
    static final double RASTER_START_UM = 5;
    static final double RASTER_RANGE_UM = 8;
    static final int WAVELENGTHS = 200;
    static final double FIRST_NM = 550;
    static final double LAST_NM = 800;

    private SceneExtras() {
    }

    /** Stored-order "RS Coord. (um)" of each particle: {y, x} (the original swaps them for the marker). */
    static double[][] positions(int particles, RandomGenerator rng) {
        double[][] out = new double[particles][];
        for (int i = 0; i < particles; i++) {
            double x = RASTER_START_UM + 0.5 + (RASTER_RANGE_UM - 1) * rng.nextDouble();
            double y = RASTER_START_UM + 0.5 + (RASTER_RANGE_UM - 1) * rng.nextDouble();
            out[i] = new double[] { y, x };
        }
        return out;
    }

    static RasterScan raster(double[][] positions, RandomGenerator rng) {
        int n = RASTER_PIXELS;
        double[] values = new double[n * n];
        double step = RASTER_RANGE_UM / (n - 1);
        double sigma = 0.25;
        for (int r = 0; r < n; r++) {
            double y = RASTER_START_UM + r * step;
            for (int c = 0; c < n; c++) {
                double x = RASTER_START_UM + c * step;
                double v = 20;
                for (double[] p : positions) {
                    double dx = x - p[1];
                    double dy = y - p[0];
                    v += 400 * Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
                }
                values[r * n + c] = Math.round(v + Math.sqrt(v) * rng.nextGaussian());
            }
        }
        return new RasterScan(0, n, n, values, 1.0, n, RASTER_RANGE_UM, RASTER_START_UM, RASTER_START_UM,
                "simulated card 1");
    }

    static Spectra spectra(SimulationParameters p, List<EmitterState> states, List<LevelTruth> levels,
            RandomGenerator rng) {
        int rows = Math.max(1, (int) Math.floor(p.durationS() / p.spectraExposureS() + 1e-9));
        double[] wl = new double[WAVELENGTHS];
        for (int w = 0; w < WAVELENGTHS; w++) {
            wl[w] = FIRST_NM + (LAST_NM - FIRST_NM) * w / (WAVELENGTHS - 1);
        }
        double[] times = new double[rows];
        double[] values = new double[rows * WAVELENGTHS];
        int level = 0;
        for (int r = 0; r < rows; r++) {
            times[r] = (r + 1) * p.spectraExposureS();
            long midNs = Math.round((r + 0.5) * p.spectraExposureS() * 1e9);
            while (level < levels.size() - 1 && levels.get(level).endNs() <= midNs) {
                level++;
            }
            int state = levels.isEmpty() ? 0 : levels.get(level).state();
            double peak = 600 + 15 * state;
            double height = states.get(state).intensityCps() * p.spectraExposureS() / 20;
            for (int w = 0; w < WAVELENGTHS; w++) {
                double z = (wl[w] - peak) / 20;
                double v = 5 + height * Math.exp(-0.5 * z * z);
                values[r * WAVELENGTHS + w] = Math.max(0, v + Math.sqrt(v) * rng.nextGaussian());
            }
        }
        return new Spectra(rows, WAVELENGTHS, p.spectraExposureS(), times, wl, Lazy.ofValue(values));
    }
}
