package org.fullsms.ui.extensions;

import org.eclipse.swt.widgets.Composite;
import org.fullsms.spi.analysis.ParticleData;
import org.fullsms.spi.ui.ParticleTab;
import org.fullsms.spi.ui.ParticleTabView;

/** A third-party tab with a bug: its create throws. */
public final class BrokenTab implements ParticleTab {

    public static final String TITLE = "Broken";
    public static final String MESSAGE = "the sample tab cannot draw";

    @Override
    public String id() {
        return "test.ui.broken.tab";
    }

    @Override
    public String label() {
        return TITLE;
    }

    @Override
    public ParticleTabView create(Composite parent, ParticleData particle) {
        throw new IllegalStateException(MESSAGE);
    }
}
