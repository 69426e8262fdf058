package org.fullsms.runtime.extensions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.model.Particle;
import org.fullsms.runtime.DecayHistograms;
import org.fullsms.runtime.engines.ParticleFits;
import org.fullsms.runtime.state.ExtensionResult;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.spi.analysis.BuiltInResults;
import org.fullsms.spi.analysis.LevelSpan;
import org.fullsms.spi.analysis.ParticleData;
import org.fullsms.spi.analysis.TimeRange;

/**
 * A particle's analysis as engines see it: copied when made, so later changes do not show through. Beside the
 * results under {@link BuiltInResults}, {@link #result} hands over: under {@link BuiltInResults#GROUPING} also the
 * {@code GroupingStep} whose groups are fitted (the particle's own or its global grouping's, when its levels are the
 * particle's levels one to one); under {@link BuiltInResults#WHOLE_TRACE_FIT} also every fit of the particle
 * ({@code ParticleFits}); under {@link #ROI} the region of interest exactly as set ({@code RegionOfInterest}).
 */
public final class ParticleSnapshot implements ParticleData {

    /** Id under which the region of interest is handed over as {@code RegionOfInterest}. */
    public static final String ROI = "org.fullsms.roi";

    private final ParticleAnalysis analysis;
    private final Particle particle;
    private final Optional<TimeRange> roi;
    private final double binSizeMs;
    private final List<LevelSpan> levels;
    private final Map<String, List<Object>> results;

    private ParticleSnapshot(ParticleAnalysis analysis, Optional<TimeRange> roi, double binSizeMs,
            List<LevelSpan> levels, Map<String, List<Object>> results) {
        this.analysis = analysis;
        this.particle = analysis.particle();
        this.roi = roi;
        this.binSizeMs = binSizeMs;
        this.levels = levels;
        this.results = results;
    }

    public static ParticleSnapshot of(ParticleAnalysis a) {
        Optional<TimeRange> roi = a.roi().map(r -> new TimeRange(Math.round(r.startS() * 1e9),
                Math.round(r.endS() * 1e9)));
        Optional<ChangePointResult> cpa = a.levels();
        Optional<GroupingResult> grouping = a.groupsApplied() ? a.grouping() : Optional.empty();
        int[] groupOf = grouping.map(g -> g.selected().levelGroup()).orElse(null);
        List<LevelSpan> spans = new ArrayList<>();
        List<Level> levels = cpa.map(ChangePointResult::levels).orElse(List.of());
        for (int i = 0; i < levels.size(); i++) {
            Level l = levels.get(i);
            int group = groupOf != null && i < groupOf.length ? groupOf[i] : -1;
            spans.add(new LevelSpan(new TimeRange(l.startNs(), l.endNs()), l.first(), l.last(), l.intensityCps(),
                    group));
        }
        Map<String, List<Object>> results = new HashMap<>();
        cpa.ifPresent(r -> put(results, BuiltInResults.LEVELS, r));
        a.roi().ifPresent(r -> put(results, ROI, r));
        a.grouping().ifPresent(r -> put(results, BuiltInResults.GROUPING, r));
        DecayHistograms.fittedStep(a).ifPresent(s -> put(results, BuiltInResults.GROUPING, s));
        a.correlation().ifPresent(r -> put(results, BuiltInResults.CORRELATION, r));
        Map<FitTarget, FitResult> fits = a.fits();
        FitResult whole = fits.get(FitTarget.WHOLE);
        if (whole != null) {
            put(results, BuiltInResults.WHOLE_TRACE_FIT, whole);
        }
        if (!fits.isEmpty()) {
            put(results, BuiltInResults.WHOLE_TRACE_FIT, new ParticleFits(fits));
        }
        for (ExtensionResult r : a.extensionResults().values()) {
            if (r.value() != null) {
                put(results, r.engineId(), r.value());
            }
        }
        return new ParticleSnapshot(a, roi, a.binSizeMs(), List.copyOf(spans), results);
    }

    private static void put(Map<String, List<Object>> results, String id, Object value) {
        results.computeIfAbsent(id, k -> new ArrayList<>()).add(value);
    }

    /**
     * The live analysis the snapshot was taken of: for the built-in exporters, which write everything the platform
     * knows of a particle. Not part of the extension API ({@link ParticleData} is).
     */
    public ParticleAnalysis analysis() {
        return analysis;
    }

    @Override
    public String name() {
        return particle.name();
    }

    @Override
    public Particle particle() {
        return particle;
    }

    @Override
    public Optional<TimeRange> roi() {
        return roi;
    }

    @Override
    public double binSizeMs() {
        return binSizeMs;
    }

    @Override
    public List<LevelSpan> levels() {
        return levels;
    }

    @Override
    public <R> Optional<R> result(String engineId, Class<R> type) {
        return results.getOrDefault(engineId, List.of()).stream().filter(type::isInstance).map(type::cast)
                .findFirst();
    }
}
