package org.fullsms.runtime.engines;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.runtime.state.FitTarget;

/**
 * The lifetime fits of one particle: its whole trace (or ROI), levels, groups and group levels, in that order.
 *
 * @param fits each target's fit
 */
public record ParticleFits(Map<FitTarget, FitResult> fits) {

    public ParticleFits {
        fits = Collections.unmodifiableMap(new LinkedHashMap<>(fits));
    }
}
