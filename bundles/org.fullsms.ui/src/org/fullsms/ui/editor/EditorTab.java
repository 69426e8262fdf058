package org.fullsms.ui.editor;

import java.util.Set;

import org.fullsms.runtime.state.AnalysisSession.Aspect;

/** One tab of the {@link ParticleEditor}. */
interface EditorTab {

    /** Redraws after the particle's state changed in {@code aspects} (called on the UI thread). */
    void refresh(Set<Aspect> aspects);

    /** True while the tab computes what it will draw (tests wait for it). */
    boolean isBusy();
}
