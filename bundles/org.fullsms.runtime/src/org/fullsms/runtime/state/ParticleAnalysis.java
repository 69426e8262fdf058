package org.fullsms.runtime.state;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.fullsms.analysis.correlation.CorrelationResult;
import org.fullsms.analysis.correlation.Correlogram;
import org.fullsms.analysis.cpa.BurstRemoval;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.export.ParticleExport;
import org.fullsms.model.Particle;

/**
 * What has been done to one particle (a channel: "Particle N" or "Particle N_2"). Engine results are immutable
 * records; this holder swaps them whole, so a reader never sees half an update. Thread-safe; every change is
 * announced through the owning {@link AnalysisSession}.
 */
public final class ParticleAnalysis {

    /** Default intensity bin (ms), as the original uses on load. */
    public static final double DEFAULT_BIN_MS = ParticleExport.DEFAULT_BIN_MS;

    private final Particle particle;
    private final AnalysisSession session;
    private boolean selected = true;
    private double binSizeMs = DEFAULT_BIN_MS;
    private RegionOfInterest roi;
    private ChangePointResult changePoints;
    private BurstRemoval burstRemoval;
    private GroupingResult grouping;
    private boolean groupsApplied;
    private final Map<FitTarget, FitResult> fits = new LinkedHashMap<>();
    private CorrelationResult correlation;
    private Correlogram correlogram;
    private final Map<Stage, String> failures = new EnumMap<>(Stage.class);
    private final Map<String, ExtensionResult> extensionResults = new LinkedHashMap<>();

    ParticleAnalysis(Particle particle, AnalysisSession session) {
        this.particle = particle;
        this.session = session;
    }

    public Particle particle() {
        return particle;
    }

    /** The analysis of the dataset this particle belongs to. */
    public AnalysisSession session() {
        return session;
    }

    public synchronized boolean isSelected() {
        return selected;
    }

    public void setSelected(boolean value) {
        synchronized (this) {
            selected = value;
        }
        session.fire(this, AnalysisSession.Aspect.SELECTION);
    }

    public synchronized double binSizeMs() {
        return binSizeMs;
    }

    public void setBinSizeMs(double value) {
        if (!ParticleExport.isValidBinSize(value)) {
            throw new IllegalArgumentException("bin size must be between " + ParticleExport.MIN_BIN_MS + " and "
                    + ParticleExport.MAX_BIN_MS + " ms, got " + value);
        }
        synchronized (this) {
            binSizeMs = value;
        }
        session.fire(this, AnalysisSession.Aspect.DISPLAY);
    }

    /** The region of interest; empty means the whole trace. */
    public synchronized Optional<RegionOfInterest> roi() {
        return Optional.ofNullable(roi);
    }

    public void setRoi(RegionOfInterest value) {
        synchronized (this) {
            roi = value;
        }
        session.fire(this, AnalysisSession.Aspect.ROI);
    }

    /** Change points as resolved (before any burst removal). */
    public synchronized Optional<ChangePointResult> changePoints() {
        return Optional.ofNullable(changePoints);
    }

    /** The levels in use: after burst removal when bursts were removed. */
    public synchronized Optional<ChangePointResult> levels() {
        return Optional.ofNullable(burstRemoval != null ? burstRemoval.result() : changePoints);
    }

    public synchronized Optional<BurstRemoval> burstRemoval() {
        return Optional.ofNullable(burstRemoval);
    }

    /** New change points invalidate what was built on the old levels: bursts, grouping and level fits. */
    public void setChangePoints(ChangePointResult value) {
        synchronized (this) {
            changePoints = value;
            burstRemoval = null;
            grouping = null;
            groupsApplied = false;
            fits.keySet().removeIf(FitTarget::dependsOnLevels);
            failures.remove(Stage.LEVELS);
            failures.remove(Stage.GROUPING);
        }
        session.fire(this, AnalysisSession.Aspect.LEVELS);
    }

    public void setBurstRemoval(BurstRemoval value) {
        synchronized (this) {
            burstRemoval = value;
            grouping = null;
            groupsApplied = false;
            fits.keySet().removeIf(FitTarget::dependsOnLevels);
            failures.remove(Stage.GROUPING);
        }
        session.fire(this, AnalysisSession.Aspect.LEVELS);
    }

    public synchronized Optional<GroupingResult> grouping() {
        return Optional.ofNullable(grouping);
    }

    public synchronized boolean groupsApplied() {
        return groupsApplied;
    }

    public void setGrouping(GroupingResult value, boolean applied) {
        synchronized (this) {
            grouping = value;
            groupsApplied = applied && value != null;
            fits.keySet().removeIf(FitTarget::dependsOnGroups);
            failures.remove(Stage.GROUPING);
        }
        session.fire(this, AnalysisSession.Aspect.GROUPING);
    }

    public synchronized Map<FitTarget, FitResult> fits() {
        return Map.copyOf(fits);
    }

    public void putFits(Map<FitTarget, FitResult> results) {
        synchronized (this) {
            fits.putAll(results);
            failures.remove(Stage.FITS);
        }
        session.fire(this, AnalysisSession.Aspect.FITS);
    }

    public synchronized Optional<CorrelationResult> correlation() {
        return Optional.ofNullable(correlation);
    }

    /** The counted pairs behind {@link #correlation()}, for re-binning without counting again. */
    public synchronized Optional<Correlogram> correlogram() {
        return Optional.ofNullable(correlogram);
    }

    /**
     * @param value   the correlation, or null
     * @param counted the pairs it was evaluated from, or null when not known (a session of an earlier version)
     */
    public void setCorrelation(CorrelationResult value, Correlogram counted) {
        synchronized (this) {
            correlation = value;
            correlogram = value == null ? null : counted;
            failures.remove(Stage.CORRELATION);
        }
        session.fire(this, AnalysisSession.Aspect.CORRELATION);
    }

    /** The results of extension analyses by engine id, in the order they were first made. */
    public synchronized Map<String, ExtensionResult> extensionResults() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(extensionResults));
    }

    /** Stores an extension analysis's result (or failure), replacing the engine's earlier one. */
    public void putExtensionResult(ExtensionResult result) {
        synchronized (this) {
            extensionResults.put(result.engineId(), result);
        }
        session.fire(this, AnalysisSession.Aspect.EXTENSIONS);
    }

    /**
     * The stages that failed, with their messages. A failure stands until the stage's result is set again (new
     * levels also clear the grouping's, whose input they replace); the results of other stages are unaffected.
     */
    public synchronized Map<Stage, String> failures() {
        return Collections.unmodifiableMap(new EnumMap<>(failures)); // in stage order
    }

    public void setFailure(Stage stage, String message) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a failed stage needs a message");
        }
        synchronized (this) {
            failures.put(stage, message);
        }
        session.fire(this, stage.aspect());
    }

    /**
     * Everything the analysis of a particle holds besides its selection and display: the region of interest, the
     * engine results and the failures. Reset Analysis keeps the one it replaces, to undo.
     */
    public record Results(RegionOfInterest roi, ChangePointResult changePoints, BurstRemoval burstRemoval,
            GroupingResult grouping, boolean groupsApplied, Map<FitTarget, FitResult> fits,
            CorrelationResult correlation, Correlogram correlogram, Map<Stage, String> failures,
            Map<String, ExtensionResult> extensionResults) {

        /** Nothing: the particle as opened. */
        public static final Results NONE = new Results(null, null, null, null, false, Map.of(), null, null, Map.of(),
                Map.of());

        public Results {
            fits = Collections.unmodifiableMap(new LinkedHashMap<>(fits));
            failures = failures.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(failures));
            extensionResults = Collections.unmodifiableMap(new LinkedHashMap<>(extensionResults));
        }

        /** Whether there is nothing to reset. */
        public boolean isEmpty() {
            return roi == null && changePoints == null && burstRemoval == null && grouping == null && fits.isEmpty()
                    && correlation == null && failures.isEmpty() && extensionResults.isEmpty();
        }
    }

    /** The region of interest, results and failures as they are now. */
    public synchronized Results results() {
        return new Results(roi, changePoints, burstRemoval, grouping, groupsApplied, fits, correlation, correlogram,
                failures, extensionResults);
    }

    /** Replaces the region of interest, results and failures in one step (Reset Analysis and its undo). */
    public void restore(Results r) {
        synchronized (this) {
            roi = r.roi();
            changePoints = r.changePoints();
            burstRemoval = r.burstRemoval();
            grouping = r.grouping();
            groupsApplied = r.groupsApplied();
            fits.clear();
            fits.putAll(r.fits());
            correlation = r.correlation();
            correlogram = r.correlogram();
            failures.clear();
            failures.putAll(r.failures());
            extensionResults.clear();
            extensionResults.putAll(r.extensionResults());
        }
        for (AnalysisSession.Aspect aspect : new AnalysisSession.Aspect[] { AnalysisSession.Aspect.ROI,
                AnalysisSession.Aspect.LEVELS, AnalysisSession.Aspect.GROUPING, AnalysisSession.Aspect.FITS,
                AnalysisSession.Aspect.CORRELATION, AnalysisSession.Aspect.EXTENSIONS }) {
            session.fire(this, aspect);
        }
    }

    /**
     * Forgets the region of interest, the engine results and the failures; selection and display stay. The command
     * line calls it once a particle's JSON is written and neither a session nor exports need its results.
     */
    public void clearResults() {
        restore(Results.NONE);
    }

    /** Forgets the lifetime fits (and a failure of them): they were made on a decay grid no longer in use. */
    public void removeFits() {
        synchronized (this) {
            fits.clear();
            failures.remove(Stage.FITS);
        }
        session.fire(this, AnalysisSession.Aspect.FITS);
    }

    @Override
    public String toString() {
        return particle.name();
    }
}
