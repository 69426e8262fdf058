package org.fullsms.runtime.state;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.fullsms.analysis.correlation.CorrelationResult;
import org.fullsms.analysis.cpa.BurstRemoval;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.model.Particle;

/**
 * What has been done to one particle (a channel: "Particle N" or "Particle N_2"). Engine results are immutable
 * records; this holder swaps them whole, so a reader never sees half an update. Thread-safe; every change is
 * announced through the owning {@link AnalysisSession}.
 */
public final class ParticleAnalysis {

    /** Default intensity bin (ms), as the original uses on load. */
    public static final double DEFAULT_BIN_MS = 100;

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
        if (!(value > 0 && value <= 1e6)) {
            throw new IllegalArgumentException("bin size must be > 0 and ≤ 1e6 ms, got " + value);
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
        }
        session.fire(this, AnalysisSession.Aspect.LEVELS);
    }

    public void setBurstRemoval(BurstRemoval value) {
        synchronized (this) {
            burstRemoval = value;
            grouping = null;
            groupsApplied = false;
            fits.keySet().removeIf(FitTarget::dependsOnLevels);
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
        }
        session.fire(this, AnalysisSession.Aspect.GROUPING);
    }

    public synchronized Map<FitTarget, FitResult> fits() {
        return Map.copyOf(fits);
    }

    public void putFits(Map<FitTarget, FitResult> results) {
        synchronized (this) {
            fits.putAll(results);
        }
        session.fire(this, AnalysisSession.Aspect.FITS);
    }

    public synchronized Optional<CorrelationResult> correlation() {
        return Optional.ofNullable(correlation);
    }

    public void setCorrelation(CorrelationResult value) {
        synchronized (this) {
            correlation = value;
        }
        session.fire(this, AnalysisSession.Aspect.CORRELATION);
    }

    @Override
    public String toString() {
        return particle.name();
    }
}
