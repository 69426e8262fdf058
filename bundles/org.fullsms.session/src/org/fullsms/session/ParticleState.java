package org.fullsms.session;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fullsms.analysis.correlation.CorrelationResult;
import org.fullsms.analysis.correlation.Correlogram;
import org.fullsms.analysis.cpa.BurstRemoval;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.runtime.state.ExtensionResult;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.Stage;

/**
 * What a session stores of one particle channel: a copy of its {@link org.fullsms.runtime.state.ParticleAnalysis}. Nullable components mean
 * "not done" (no ROI = whole trace, no change points yet, …). Fits keep the order given.
 *
 * @param name          "Particle N" or "Particle N_2"
 * @param selected      ticked in the navigator
 * @param binSizeMs     intensity bin (ms)
 * @param roi           region of interest, or null for the whole trace
 * @param changePoints  change points as resolved, or null
 * @param burstRemoval  bursts removed from {@code changePoints}, or null
 * @param grouping      grouping steps with the selected one, or null
 * @param groupsApplied whether "apply groups" is on
 * @param fits          lifetime fits by target
 * @param correlation   second-order correlation, or null
 * @param counted       the pairs the correlation was evaluated from (for re-binning), or null
 * @param failures      the stages that failed, with their messages (none: empty)
 * @param extensions    results of extension analyses, in the order they were made (their JSON as stored)
 */
public record ParticleState(String name, boolean selected, double binSizeMs, RegionOfInterest roi,
        ChangePointResult changePoints, BurstRemoval burstRemoval, GroupingResult grouping, boolean groupsApplied,
        Map<FitTarget, FitResult> fits, CorrelationResult correlation, Correlogram counted,
        Map<Stage, String> failures, List<ExtensionResult> extensions) {

    public ParticleState {
        Objects.requireNonNull(name, "name");
        fits = Collections.unmodifiableMap(new LinkedHashMap<>(fits));
        EnumMap<Stage, String> ordered = new EnumMap<>(Stage.class);
        ordered.putAll(failures);
        failures = Collections.unmodifiableMap(ordered);
        extensions = List.copyOf(extensions);
    }

    /** This state with another name (used to replicate analyses, e.g. in the benchmark). */
    public ParticleState withName(String newName) {
        return new ParticleState(newName, selected, binSizeMs, roi, changePoints, burstRemoval, grouping,
                groupsApplied, fits, correlation, counted, failures, extensions);
    }
}
