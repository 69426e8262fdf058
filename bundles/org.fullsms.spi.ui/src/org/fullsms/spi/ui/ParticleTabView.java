package org.fullsms.spi.ui;

import org.fullsms.spi.analysis.ParticleData;

/**
 * One particle editor's instance of a {@link ParticleTab}.
 *
 * @since 1.0
 */
public interface ParticleTabView {

    /**
     * The particle's analysis changed (levels, grouping, fits or an analysis result): redraw from the fresh
     * snapshot. Called on the UI thread.
     */
    void update(ParticleData particle);

    /** The editor closes; release what the view holds (its controls are disposed with the editor). */
    default void dispose() {
    }
}
