package org.fullsms.analysis.roi;

import java.util.ArrayList;
import java.util.List;

import org.fullsms.analysis.grouping.GroupingInput;
import org.fullsms.analysis.grouping.LevelInput;

/**
 * A particle's region of interest, {@code [startS, endS]} in the particle's time (seconds), the original's
 * {@code roi_region}. The default is the whole trace.
 *
 * <p>Clipping levels: a level wholly inside is kept as it is; a level wholly outside (or touching the region
 * only at one instant) is dropped; a level cut by a boundary keeps its part inside, with its dwell scaled by the
 * kept fraction of its span and its photons either counted exactly ({@link PhotonCounter}) or, without photon
 * times, estimated as round(photons × kept fraction) — the expected count under the level's own constant-rate
 * model, so its intensity is unchanged. A cut level left with no photon is dropped.
 */
public record RegionOfInterest(double startS, double endS) {

    public RegionOfInterest {
        if (!Double.isFinite(startS) || !Double.isFinite(endS) || !(endS > startS)) {
            throw new IllegalArgumentException("a region of interest needs finite start < end, got " + startS + " .. "
                    + endS + " s");
        }
    }

    /** The whole span of {@code levels}: first level's start to last level's end. */
    public static RegionOfInterest whole(List<LevelInput> levels) {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("no levels: the region of interest is undefined");
        }
        return new RegionOfInterest(levels.get(0).startS(), levels.get(levels.size() - 1).endS());
    }

    public double durationS() {
        return endS - startS;
    }

    public boolean contains(double timeS) {
        return timeS >= startS && timeS <= endS;
    }

    /** The levels inside the region, cut levels with photons estimated in proportion to the kept span. */
    public List<LevelInput> clip(List<LevelInput> levels) {
        return clip(levels, null);
    }

    /** The levels inside the region, cut levels with photons counted by {@code counter} (null: estimated). */
    public List<LevelInput> clip(List<LevelInput> levels, PhotonCounter counter) {
        List<LevelInput> inside = new ArrayList<>(levels.size());
        for (LevelInput level : levels) {
            double from = Math.max(startS, level.startS());
            double to = Math.min(endS, level.endS());
            if (level.startS() >= startS && level.endS() <= endS) {
                inside.add(level);
            } else if (to > from) {
                double fraction = (to - from) / (level.endS() - level.startS());
                long photons = counter != null ? counter.count(from, to) : Math.round(level.photons() * fraction);
                if (photons > 0) {
                    inside.add(new LevelInput(photons, level.dwellS() * fraction, from, to));
                }
            }
        }
        return inside;
    }

    /**
     * Grouping input restricted to the region, as the original groups with "Use ROI": clipped levels and
     * T_total = the region's overlap with the levels' span, while N and N_cp stay the particle's.
     */
    public GroupingInput restrict(GroupingInput input, PhotonCounter counter) {
        List<LevelInput> inside = clip(input.levels(), counter);
        if (inside.isEmpty()) {
            throw new IllegalArgumentException("no level inside the region of interest " + startS + " .. " + endS
                    + " s");
        }
        List<LevelInput> all = input.levels();
        double from = Math.max(startS, all.get(0).startS());
        double to = Math.min(endS, all.get(all.size() - 1).endS());
        double duration = to > from ? to - from : inside.stream().mapToDouble(LevelInput::dwellS).sum();
        return new GroupingInput(inside, input.totalPhotons(), input.numChangePoints(), duration);
    }
}
