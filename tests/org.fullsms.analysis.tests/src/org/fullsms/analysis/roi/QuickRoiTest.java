package org.fullsms.analysis.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.fullsms.analysis.grouping.LevelInput;
import org.junit.jupiter.api.Test;

class QuickRoiTest {

    private static LevelInput level(double cps, double start, double end) {
        return new LevelInput(Math.max(1, Math.round(cps * (end - start))), end - start, start, end);
    }

    @Test
    void longDimTailIsTrimmedToTheLastBrightLevel() {
        List<LevelInput> levels = List.of(level(3000, 0, 4), level(200, 4, 4.5), level(5000, 4.5, 10),
                level(380, 10, 13), level(150, 13, 16));
        RegionOfInterest roi = QuickRoi.find(levels, QuickRoiParameters.DEFAULTS);
        assertEquals(0.0, roi.startS(), 0.0);
        assertEquals(10.0, roi.endS(), 0.0, "6 s at or below 400 cps ≥ 5 s");
    }

    @Test
    void shortDimTailIsKept() {
        List<LevelInput> levels = List.of(level(3000, 0, 4), level(5000, 4, 10), level(150, 10, 14));
        assertEquals(14.0, QuickRoi.find(levels, QuickRoiParameters.DEFAULTS).endS(), 0.0, "4 s < 5 s");
    }

    @Test
    void brightLastLevelKeepsTheWholeTrace() {
        List<LevelInput> levels = List.of(level(100, 0, 40), level(3000, 40, 41));
        assertEquals(41.0, QuickRoi.find(levels, QuickRoiParameters.DEFAULTS).endS(), 0.0);
    }

    @Test
    void atLeastTwoLevelsMustRemain() {
        List<LevelInput> levels = List.of(level(3000, 0, 4), level(150, 4, 20));
        assertEquals(20.0, QuickRoi.find(levels, QuickRoiParameters.DEFAULTS).endS(), 0.0, "one level would remain");
        List<LevelInput> three = List.of(level(2000, 0, 2), level(3000, 2, 4), level(150, 4, 20));
        assertEquals(4.0, QuickRoi.find(three, QuickRoiParameters.DEFAULTS).endS(), 0.0);
    }

    @Test
    void thresholdsAreParameters() {
        List<LevelInput> levels = List.of(level(3000, 0, 4), level(5000, 4, 10), level(800, 10, 12));
        assertEquals(12.0, QuickRoi.find(levels, QuickRoiParameters.DEFAULTS).endS(), 0.0);
        assertEquals(10.0, QuickRoi.find(levels, new QuickRoiParameters(1, 1000)).endS(), 0.0);
    }
}
