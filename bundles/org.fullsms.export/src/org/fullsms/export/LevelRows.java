package org.fullsms.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.grouping.GroupLevel;
import org.fullsms.analysis.grouping.GroupLevels;
import org.fullsms.analysis.grouping.GroupingStep;
import org.fullsms.analysis.grouping.LevelInput;
import org.fullsms.analysis.roi.PhotonCounter;
import org.fullsms.analysis.roi.RegionOfInterest;

/**
 * The level lists the exports show, as rows: change point levels, the same clipped to the region of interest,
 * group levels of a grouping step, and the mapping of clipped levels back to the change point levels.
 */
final class LevelRows {

    /**
     * One exported level.
     *
     * @param group 0-based group index, or −1 when not grouped
     */
    record Row(double startS, double endS, double dwellS, double intensityCps, long photons, int group) {
    }

    private LevelRows() {
    }

    static List<Row> ofLevels(List<Level> levels) {
        List<Row> rows = new ArrayList<>(levels.size());
        for (Level l : levels) {
            rows.add(new Row(l.startS(), l.endS(), l.dwellS(), l.intensityCps(), l.photons(), -1));
        }
        return rows;
    }

    static List<Row> ofInputs(List<LevelInput> levels) {
        List<Row> rows = new ArrayList<>(levels.size());
        for (LevelInput l : levels) {
            rows.add(new Row(l.startS(), l.endS(), l.dwellS(), l.intensityCps(), l.photons(), -1));
        }
        return rows;
    }

    static List<Row> ofGroupLevels(List<LevelInput> levels, GroupingStep step) {
        List<GroupLevel> joined = GroupLevels.apply(levels, step);
        List<Row> rows = new ArrayList<>(joined.size());
        for (GroupLevel g : joined) {
            rows.add(new Row(g.startS(), g.endS(), g.dwellS(), g.intensityCps(), g.photons(), g.group()));
        }
        return rows;
    }

    /** The levels inside the region (the whole list when {@code roi} is null), photons counted when possible. */
    static List<Row> inRoi(ParticleExport p) {
        if (p.roi() == null) {
            return ofLevels(p.changePoints().levels());
        }
        return ofInputs(p.roi().clip(p.levelInputs(), counter(p.absoluteNs())));
    }

    /** Whether the span [start, end] shares time with the region ({@code null}: the whole trace). */
    static boolean overlaps(RegionOfInterest roi, double startS, double endS) {
        return roi == null || Math.min(endS, roi.endS()) > Math.max(startS, roi.startS())
                || (startS == endS && roi.contains(startS));
    }

    /**
     * For each level of {@code sub} (a subset of the change point levels, possibly clipped), the index of the
     * change point level that contains its middle, or −1.
     */
    static int[] indexIn(List<Level> levels, List<? extends Object> sub) {
        double[] starts = new double[levels.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = levels.get(i).startS();
        }
        int[] index = new int[sub.size()];
        for (int j = 0; j < index.length; j++) {
            double mid = middle(sub.get(j));
            int i = Arrays.binarySearch(starts, mid);
            i = i >= 0 ? i : -i - 2;
            index[j] = i >= 0 && mid <= levels.get(i).endS() ? i : -1;
        }
        return index;
    }

    private static double middle(Object level) {
        if (level instanceof LevelInput l) {
            return (l.startS() + l.endS()) / 2;
        }
        Row r = (Row) level;
        return (r.startS() + r.endS()) / 2;
    }

    /** Counts photons with time in [startS, endS) by binary search; {@code null} without photon times. */
    static PhotonCounter counter(long[] times) {
        if (times == null) {
            return null;
        }
        return (startS, endS) -> firstAtOrAfter(times, (long) Math.ceil(endS * 1e9))
                - firstAtOrAfter(times, (long) Math.ceil(startS * 1e9));
    }

    private static int firstAtOrAfter(long[] times, long t) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
