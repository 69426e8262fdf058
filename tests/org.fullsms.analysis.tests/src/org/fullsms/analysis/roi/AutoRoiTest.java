package org.fullsms.analysis.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fullsms.analysis.grouping.LevelInput;
import org.fullsms.analysis.grouping.SimulatedLevels;
import org.junit.jupiter.api.Test;

/**
 * The automatic ROI on simulated traces (seeded): blinking between a dim "off" state (200–500 cps, short
 * dwells) and one or two bright states (3–15 kcps) for 60 s, photobleached at a random time t_b in 15–50 s
 * in half of the traces, after which only background (100–300 cps) is left, cut into 1–3 levels as a change
 * point analysis might.
 */
class AutoRoiTest {

    private static final int CASES = 200;
    /** The ROI end may fall before t_b by an off blink that ended the emission; never after. */
    private static final double END_TOLERANCE_S = 1.0;
    /** Required fraction of bleached traces trimmed correctly and of intact traces left whole. */
    private static final double REQUIRED = 0.95;

    @Test
    void bleachedEndsAreTrimmedAndIntactTracesKept() {
        int bleached = 0;
        int trimmedRight = 0;
        int intact = 0;
        int keptWhole = 0;
        StringBuilder misses = new StringBuilder();
        for (int c = 0; c < CASES; c++) {
            SimulatedLevels sim = new SimulatedLevels(5000 + c);
            Random random = sim.random();
            int bright = 1 + random.nextInt(2);
            double[] rates = new double[bright + 1];
            double[] dwells = new double[bright + 1];
            rates[0] = 200 + 300 * random.nextDouble();
            dwells[0] = 0.05 + 0.25 * random.nextDouble();
            for (int k = 1; k <= bright; k++) {
                rates[k] = 3000 + 12000 * random.nextDouble();
                dwells[k] = 0.3 + 1.5 * random.nextDouble();
            }
            boolean bleach = c % 2 == 0;
            double bleachTime = bleach ? 15 + 35 * random.nextDouble() : 60;
            List<LevelInput> levels = new ArrayList<>(sim.trace(rates, dwells, bleachTime, 0, 20, null));
            if (bleach) {
                addBackground(levels, sim, bleachTime, 60, 100 + 200 * random.nextDouble());
            }
            RegionOfInterest roi = AutoRoi.find(levels, AutoRoiParameters.DEFAULTS);
            assertEquals(0.0, roi.startS(), 0.0, "the start is never moved");
            if (bleach) {
                bleached++;
                boolean right = roi.endS() <= bleachTime + 1e-9 && roi.endS() >= bleachTime - END_TOLERANCE_S;
                trimmedRight += right ? 1 : 0;
                if (!right) {
                    misses.append(String.format(" case %d: t_b %.2f end %.2f;", c, bleachTime, roi.endS()));
                }
            } else {
                intact++;
                boolean whole = roi.endS() == levels.get(levels.size() - 1).endS();
                keptWhole += whole ? 1 : 0;
                if (!whole) {
                    misses.append(String.format(" case %d: intact, end %.2f;", c, roi.endS()));
                }
            }
        }
        assertTrue(trimmedRight >= REQUIRED * bleached && keptWhole >= REQUIRED * intact,
                trimmedRight + "/" + bleached + " bleached trimmed, " + keptWhole + "/" + intact + " intact kept;"
                        + misses);
    }

    private static void addBackground(List<LevelInput> levels, SimulatedLevels sim, double from, double to,
            double cps) {
        int pieces = 1 + sim.random().nextInt(3);
        double step = (to - from) / pieces;
        for (int i = 0; i < pieces; i++) {
            double start = from + i * step;
            levels.add(new LevelInput(Math.max(1, sim.poisson(cps * step)), step, start, start + step));
        }
    }

    @Test
    void traceWithoutBrightLevelsIsKeptWhole() {
        List<LevelInput> levels = List.of(new LevelInput(200, 1, 0, 1), new LevelInput(150, 1, 1, 2));
        assertEquals(2.0, AutoRoi.find(levels, AutoRoiParameters.DEFAULTS).endS(), 0.0);
    }

    @Test
    void brightQuantileIsDwellWeighted() {
        List<LevelInput> levels = List.of(new LevelInput(100, 1, 0, 1), new LevelInput(5000, 1, 1, 2),
                new LevelInput(800, 8, 2, 10));
        assertEquals(100.0, AutoRoi.brightIntensity(levels, 0.05), 0.0);
        assertEquals(100.0, AutoRoi.brightIntensity(levels, 0.5), 0.0, "800 cps level holds 80 % of the time");
        assertEquals(5000.0, AutoRoi.brightIntensity(levels, 0.95), 0.0);
    }
}
