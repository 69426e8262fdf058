package org.fullsms.analysis.grouping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class GroupLevelsTest {

    private static final List<LevelInput> LEVELS = List.of(new LevelInput(100, 1, 0, 1), new LevelInput(120, 1, 1, 2),
            new LevelInput(900, 1, 2, 3), new LevelInput(110, 0.5, 3, 3.5), new LevelInput(95, 1, 3.5, 4.5));

    private static final GroupingStep STEP = new GroupingStep(-10, -3,
            List.of(new Group(0, 425 / 4.5 * 1.0, 425, 3.5, 4), new Group(1, 900, 900, 1, 1)),
            new int[] { 0, 0, 1, 0, 0 }, 3);

    @Test
    void consecutiveLevelsOfOneGroupAreJoined() {
        List<GroupLevel> joined = GroupLevels.apply(LEVELS, STEP);
        assertEquals(3, joined.size());
        assertEquals(STEP.numGroupLevels(), joined.size());
        GroupLevel first = joined.get(0);
        assertEquals(220, first.photons());
        assertEquals(2.0, first.dwellS(), 1e-15);
        assertEquals(0.0, first.startS(), 0.0);
        assertEquals(2.0, first.endS(), 0.0);
        assertEquals(0, first.firstLevel());
        assertEquals(1, first.lastLevel());
        assertEquals(STEP.groups().get(0).intensityCps(), first.intensityCps(), 0.0, "carries the group intensity");
        GroupLevel last = joined.get(2);
        assertEquals(205, last.photons());
        assertEquals(1.5, last.dwellS(), 1e-15);
        assertEquals(3, last.firstLevel());
        assertEquals(4, last.lastLevel());
        assertEquals(1, joined.get(1).group());
    }

    @Test
    void boundsAreMidpointsBetweenGroupIntensities() {
        assertArrayEquals(new double[] { (425 / 4.5 + 900) / 2 }, GroupLevels.intensityBounds(STEP), 1e-12);
    }

    @Test
    void levelCountMustMatchTheStep() {
        assertThrows(IllegalArgumentException.class, () -> GroupLevels.apply(LEVELS.subList(0, 4), STEP));
    }
}
