package org.fullsms.analysis.grouping;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The result of a global grouping: the combined result (steps, BIC, best and selected step over all particles),
 * the concatenated input, and where each particle's levels lie in it.
 *
 * @param combined         the grouping of all levels together
 * @param input            the concatenated levels (times shifted) and the N, N_cp, T_total used
 * @param particleOffsets  index of each particle's first level in {@code input}, plus the total level count
 *                         (a copy is returned)
 */
public record GlobalGroupingResult(GroupingResult combined, GroupingInput input, int[] particleOffsets) {

    public GlobalGroupingResult {
        particleOffsets = particleOffsets.clone();
    }

    @Override
    public int[] particleOffsets() {
        return particleOffsets.clone();
    }

    public int particles() {
        return particleOffsets.length - 1;
    }

    /**
     * Step {@code step} seen from one particle: the global groups (same indices and intensities for every
     * particle; their photon, dwell and level counts are global) and the group of each of the particle's levels.
     * {@link GroupLevels#apply} on the particle's own levels gives its group levels.
     */
    public GroupingStep particleStep(int particle, int step) {
        if (particle < 0 || particle >= particles()) {
            throw new IllegalArgumentException("particle " + particle + " out of range 0.." + (particles() - 1));
        }
        GroupingStep global = combined.steps().get(step);
        int[] all = global.levelGroup();
        int[] own = Arrays.copyOfRange(all, particleOffsets[particle], particleOffsets[particle + 1]);
        return new GroupingStep(global.bic(), global.logLikelihood(), global.groups(), own, global.emIterations());
    }

    /** {@link #particleStep} for the selected step of every particle. */
    public List<GroupingStep> selectedPerParticle() {
        return IntStream.range(0, particles())
                .mapToObj(p -> particleStep(p, combined.selectedStep())).toList();
    }

    /** This result with another step selected. */
    public GlobalGroupingResult withSelectedStep(int step) {
        return new GlobalGroupingResult(combined.withSelectedStep(step), input, particleOffsets);
    }
}
