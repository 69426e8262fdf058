package org.fullsms.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.grouping.GroupingInput;
import org.fullsms.analysis.grouping.LevelInput;
import org.fullsms.analysis.roi.PhotonCounter;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.model.Particle;
import org.fullsms.runtime.extensions.ParticleSnapshot;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.spi.analysis.BuiltInResults;
import org.fullsms.spi.analysis.ParticleData;

/**
 * Builds the grouping engine's input from a particle's levels the way the original does: N = the particle's
 * photons, N_cp = its change points, T = its duration; restricted to the ROI when one is set, with photons of
 * cut levels counted exactly.
 */
public final class GroupingInputs {

    private GroupingInputs() {
    }

    /** The input, or empty when the particle has no levels yet. */
    public static Optional<GroupingInput> of(ParticleAnalysis a) {
        try {
            return of(a.levels(), a.roi(), a.particle());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #of(ParticleAnalysis)}, from what an engine sees of the particle. */
    public static Optional<GroupingInput> of(ParticleData d) throws IOException {
        return of(d.result(BuiltInResults.LEVELS, ChangePointResult.class),
                d.result(ParticleSnapshot.ROI, RegionOfInterest.class), d.particle());
    }

    private static Optional<GroupingInput> of(Optional<ChangePointResult> levels, Optional<RegionOfInterest> roi,
            Particle particle) throws IOException {
        if (levels.isEmpty() || levels.get().levels().isEmpty()) {
            return Optional.empty();
        }
        long[] times = particle.photons().absoluteNs();
        ChangePointResult r = levels.get();
        GroupingInput whole = new GroupingInput(levelInputs(r.levels()), times.length, r.numChangePoints(),
                (times[times.length - 1] - times[0]) / 1e9);
        return Optional.of(roi.map(cut -> cut.restrict(whole, counter(times))).orElse(whole));
    }

    public static List<LevelInput> levelInputs(List<Level> levels) {
        List<LevelInput> inputs = new ArrayList<>(levels.size());
        for (Level l : levels) {
            inputs.add(new LevelInput(l.photons(), l.dwellS(), l.startS(), l.endS()));
        }
        return inputs;
    }

    /** Photons with arrival time in [startS, endS), by binary search on the sorted absolute times. */
    public static PhotonCounter counter(long[] times) {
        return (startS, endS) -> TimeIndex.firstAtOrAfter(times, endS) - TimeIndex.firstAtOrAfter(times, startS);
    }
}
