package org.fullsms.ui.undo;

import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.runtime.state.ParticleAnalysis;

/** The region of interest of a particle set by dragging its edges or by Quick / Auto / Reset ROI. */
public final class RoiChange extends StateChange {

    private final ParticleAnalysis analysis;
    private final RegionOfInterest before;
    private final RegionOfInterest after;

    /** {@code after} null removes the ROI. */
    public RoiChange(ParticleAnalysis analysis, RegionOfInterest after) {
        super("ROI of " + analysis.particle().name());
        this.analysis = analysis;
        this.before = analysis.roi().orElse(null);
        this.after = after;
    }

    @Override
    protected void apply() {
        analysis.setRoi(after);
    }

    @Override
    protected void revert() {
        analysis.setRoi(before);
    }
}
