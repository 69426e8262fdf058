package org.fullsms.spi.ui;

import org.eclipse.swt.widgets.Composite;
import org.fullsms.spi.analysis.ParticleData;

/**
 * A tab of the particle editor contributed by an extension, typically showing the result of its
 * {@link org.fullsms.spi.analysis.AnalysisEngine}. Register an implementation as an OSGi service (a DS component
 * providing {@code ParticleTab}); every particle editor opened afterwards shows it after the built-in tabs.
 *
 * @since 1.0
 */
public interface ParticleTab {

    /** Unique, stable id, e.g. {@code org.example.fullsms.bursttab}. */
    String id();

    /** The tab's title, e.g. "Bursts". */
    String label();

    /**
     * Makes the tab's controls for one particle editor, on the UI thread. Keep it quick: long work belongs in the
     * analysis, whose result {@link ParticleData#result} hands over.
     *
     * @param parent   the tab's area (fill it; its layout is yours to set)
     * @param particle the particle as the editor opened it
     * @return the view the editor updates and disposes
     */
    ParticleTabView create(Composite parent, ParticleData particle);
}
