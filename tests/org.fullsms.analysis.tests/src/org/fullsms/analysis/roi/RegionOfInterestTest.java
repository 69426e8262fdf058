package org.fullsms.analysis.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.fullsms.analysis.grouping.GroupingInput;
import org.fullsms.analysis.grouping.LevelInput;
import org.junit.jupiter.api.Test;

class RegionOfInterestTest {

    private static final List<LevelInput> LEVELS = List.of(new LevelInput(1000, 2, 0, 2),
            new LevelInput(300, 3, 2, 5), new LevelInput(4000, 1, 5, 6), new LevelInput(50, 4, 6, 10));

    @Test
    void levelsInsideAreKeptOutsideDroppedCutOnesScaled() {
        List<LevelInput> clipped = new RegionOfInterest(1, 5.5).clip(LEVELS);
        assertEquals(3, clipped.size());
        LevelInput first = clipped.get(0);
        assertEquals(500, first.photons(), "half of the first level's span: half its photons");
        assertEquals(1.0, first.dwellS(), 1e-12);
        assertEquals(1.0, first.startS(), 0.0);
        assertEquals(2.0, first.endS(), 0.0);
        assertSame(LEVELS.get(1), clipped.get(1), "a level wholly inside is unchanged");
        LevelInput cut = clipped.get(2);
        assertEquals(2000, cut.photons());
        assertEquals(0.5, cut.dwellS(), 1e-12);
        assertEquals(LEVELS.get(2).intensityCps(), cut.intensityCps(), 1e-9, "estimated counts keep the intensity");
    }

    @Test
    void photonCounterGivesExactCounts() {
        List<LevelInput> clipped = new RegionOfInterest(1, 5.5).clip(LEVELS, (from, to) -> 7);
        assertEquals(7, clipped.get(0).photons());
        assertEquals(300, clipped.get(1).photons(), "uncut levels keep their count");
        assertEquals(7, clipped.get(2).photons());
    }

    @Test
    void touchingOnlyAtABoundaryOrEmptyCutIsDropped() {
        assertEquals(1, new RegionOfInterest(0, 2).clip(LEVELS).size());
        assertEquals(1, new RegionOfInterest(0, 2.5).clip(LEVELS, (from, to) -> 0).size(), "no photon left");
    }

    @Test
    void restrictKeepsParticleCountsAndUsesTheRoiDuration() {
        GroupingInput input = new GroupingInput(LEVELS, 5350, 3, 10);
        GroupingInput restricted = new RegionOfInterest(1, 20).restrict(input, null);
        assertEquals(5350, restricted.totalPhotons());
        assertEquals(3, restricted.numChangePoints());
        assertEquals(9.0, restricted.totalDurationS(), 1e-12, "ROI clipped to the trace");
        assertEquals(4, restricted.levels().size());
        assertThrows(IllegalArgumentException.class, () -> new RegionOfInterest(20, 30).restrict(input, null));
    }

    @Test
    void wholeAndValidation() {
        RegionOfInterest whole = RegionOfInterest.whole(LEVELS);
        assertEquals(0.0, whole.startS(), 0.0);
        assertEquals(10.0, whole.endS(), 0.0);
        assertEquals(LEVELS, whole.clip(LEVELS));
        assertThrows(IllegalArgumentException.class, () -> new RegionOfInterest(3, 3));
        assertThrows(IllegalArgumentException.class, () -> new RegionOfInterest(0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> RegionOfInterest.whole(List.of()));
    }
}
