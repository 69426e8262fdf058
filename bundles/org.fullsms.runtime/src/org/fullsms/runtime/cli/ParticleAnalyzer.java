package org.fullsms.runtime.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.fullsms.analysis.cpa.BurstParameters;
import org.fullsms.analysis.cpa.BurstRemoval;
import org.fullsms.analysis.cpa.ChangePointAnalysis;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.correlation.CorrelationResult;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.cpa.PhotonBursts;
import org.fullsms.analysis.grouping.GroupingAnalysis;
import org.fullsms.analysis.grouping.GroupingInput;
import org.fullsms.analysis.grouping.GroupingParameters;
import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.analysis.grouping.GroupingStep;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.grouping.LevelInput;
import org.fullsms.analysis.roi.AutoRoi;
import org.fullsms.analysis.roi.AutoRoiParameters;
import org.fullsms.analysis.roi.QuickRoi;
import org.fullsms.analysis.roi.QuickRoiParameters;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.model.Particle;
import org.fullsms.model.Photons;
import org.fullsms.runtime.GroupingInputs;
import org.fullsms.runtime.LifetimeFits;
import org.fullsms.runtime.state.FitTarget;

/**
 * Runs the per-particle part of {@code fullsms analyze} (change points, bursts, ROI, individual grouping) and
 * fills the particle's JSON. Stateless apart from its settings; safe to use from several threads.
 */
final class ParticleAnalyzer {

    /**
     * What one particle produced: its JSON so far and the results behind it (for global grouping, the analysis
     * state, exports and sessions). Fields are null when that analysis was not asked for or not possible.
     *
     * @param changePoints  change points as resolved (before burst removal)
     * @param burstRemoval  bursts removed from them, or null
     * @param roi           the region of interest the user asked for, or null for the whole trace
     * @param groupingInput the levels as grouped (clipped to the ROI when one is set)
     */
    record Report(Particle particle, JsonObject json, ChangePointResult changePoints, BurstRemoval burstRemoval,
            RegionOfInterest roi, GroupingInput groupingInput, GroupingResult grouping, Map<FitTarget, FitResult> fits,
            CorrelationResult correlation) {

        Report withCorrelation(CorrelationResult value) {
            return new Report(particle, json, changePoints, burstRemoval, roi, groupingInput, grouping, fits, value);
        }
    }

    private final AnalyzeSettings settings;
    private final ChangePointParameters cpaParameters;
    private final LifetimeFits.Request fitRequest;

    /** @param fitRequest how to fit lifetimes, or null for no fits */
    ParticleAnalyzer(AnalyzeSettings settings, ChangePointParameters cpaParameters, LifetimeFits.Request fitRequest) {
        this.settings = settings;
        this.cpaParameters = cpaParameters;
        this.fitRequest = fitRequest;
    }

    GroupingParameters groupingParameters() {
        return settings.fullLikelihood() ? GroupingParameters.FULL_LIKELIHOOD : GroupingParameters.DEFAULTS;
    }

    Report analyze(Particle particle, IProgressMonitor monitor) throws IOException {
        JsonObject j = new JsonObject();
        j.addProperty("name", particle.name());
        j.addProperty("channel", particle.channel());
        j.addProperty("photons", particle.photonCount());
        List<String> warnings = new ArrayList<>(particle.warnings());
        if (particle.error().isPresent()) {
            j.addProperty("error", particle.error().get());
            j.add("warnings", Json.strings(warnings));
            return new Report(particle, j, null, null, null, null, null, null, null);
        }
        Photons photons = particle.photons();
        long[] times = photons.absoluteNs();
        ChangePointResult cpa = new ChangePointAnalysis().run(times, cpaParameters, monitor);
        warnings.addAll(cpa.warnings());
        int[] bursts = cpa.analysed() ? PhotonBursts.detect(cpa, BurstParameters.defaults()) : new int[0];
        BurstRemoval removal = null;
        if (settings.removeBursts() && bursts.length > 0 && cpa.numChangePoints() > 0) {
            removal = PhotonBursts.remove(times, cpa, bursts);
        }
        CpaJson.add(j, cpa, bursts, removal);
        ChangePointResult levelsResult = removal == null ? cpa : removal.result();
        GroupingInput groupingInput = null;
        GroupingResult grouping = null;
        GroupingStep groups = null;
        RegionOfInterest fitRoi = null;
        if (cpa.analysed() && (settings.group() || settings.roi() != null)) {
            List<LevelInput> levels = GroupingInputs.levelInputs(levelsResult.levels());
            RegionOfInterest roi = roi(levels, times);
            j.add("roi", GroupingJson.roi(roi));
            GroupingInput whole = new GroupingInput(levels, times.length, levelsResult.numChangePoints(),
                    (times[times.length - 1] - times[0]) / 1e9);
            groupingInput = settings.roi() == null ? whole : roi.restrict(whole, GroupingInputs.counter(times));
            fitRoi = settings.roi() == null ? null : roi;
            if (settings.group() && !settings.global()) {
                grouping = new GroupingAnalysis().run(groupingInput, groupingParameters(), monitor);
                j.add("grouping", GroupingJson.of(grouping, grouping.selected(), false));
                groups = settings.roi() == null ? grouping.selected() : null;
            }
        } else if (settings.group()) {
            warnings.add("not grouped: no levels (too few photons for change point analysis)");
        }
        Map<FitTarget, FitResult> fits = null;
        if (fitRequest != null) {
            fits = new LinkedHashMap<>();
            for (Map.Entry<FitTarget, LifetimeFits.Fit> e : LifetimeFits.fit(photons.absoluteNs(), photons.micro(),
                    levelsResult.levels(), groups, fitRoi, fitRequest, monitor).entrySet()) {
                fits.put(e.getKey(), e.getValue().result()); // histograms are rebuilt from photons when exported
            }
            j.add("fits", fitsJson(fits));
        }
        j.add("warnings", Json.strings(warnings));
        return new Report(particle, j, cpa, removal, fitRoi, groupingInput, grouping, fits, null);
    }

    /**
     * Whole trace (or ROI), levels and groups. Groups are fitted only without an ROI, because the grouping then
     * covers exactly the levels being fitted.
     */
    private static JsonObject fitsJson(Map<FitTarget, FitResult> results) {
        JsonObject fits = new JsonObject();
        JsonArray levelFits = new JsonArray();
        JsonArray groupFits = new JsonArray();
        for (Map.Entry<FitTarget, FitResult> e : results.entrySet()) {
            FitResult fit = e.getValue();
            switch (e.getKey().kind()) {
                case WHOLE_TRACE, ROI -> {
                    fits.addProperty("particle_range", e.getKey().kind() == FitTarget.Kind.ROI ? "roi" : "whole trace");
                    fits.add("particle", FitJson.of(fit, true));
                }
                case LEVEL -> levelFits.add(FitJson.of(fit, false));
                case GROUP -> groupFits.add(FitJson.of(fit, false));
                case GROUP_LEVEL -> throw new IllegalStateException("group levels are not fitted here");
            }
        }
        fits.add("levels", levelFits);
        fits.add("groups", groupFits);
        return fits;
    }

    private RegionOfInterest roi(List<LevelInput> levels, long[] times) throws IOException {
        String spec = settings.roi();
        if (spec == null) {
            return new RegionOfInterest(times[0] / 1e9, times[times.length - 1] / 1e9);
        }
        return switch (spec) {
            case "quick" -> QuickRoi.find(levels, QuickRoiParameters.DEFAULTS);
            case "auto" -> AutoRoi.find(levels, AutoRoiParameters.DEFAULTS);
            default -> {
                String[] parts = spec.split(":");
                try {
                    yield new RegionOfInterest(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
                } catch (RuntimeException e) {
                    throw new IOException("--roi " + spec + ": needs START:END in seconds with START < END");
                }
            }
        };
    }
}
