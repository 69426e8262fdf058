package org.fullsms.ui.extensions;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fullsms.spi.analysis.ParticleData;
import org.fullsms.spi.ui.ParticleTab;
import org.fullsms.spi.ui.ParticleTabView;

/** A third-party editor tab showing the {@link BrightLevels} result; it records what the editor hands it. */
public final class BrightLevelsTab implements ParticleTab {

    public static final String TITLE = "Bright levels";

    /** The snapshots the views were made with and updated with, in order. */
    public final List<ParticleData> created = new CopyOnWriteArrayList<>();
    public final List<ParticleData> updates = new CopyOnWriteArrayList<>();
    public final AtomicInteger disposed = new AtomicInteger();

    @Override
    public String id() {
        return "test.ui.brightlevels.tab";
    }

    @Override
    public String label() {
        return TITLE;
    }

    @Override
    public ParticleTabView create(Composite parent, ParticleData particle) {
        parent.setLayout(new FillLayout());
        Label text = new Label(parent, SWT.WRAP);
        created.add(particle);
        text.setText(describe(particle));
        return new ParticleTabView() {
            @Override
            public void update(ParticleData fresh) {
                updates.add(fresh);
                text.setText(describe(fresh));
            }

            @Override
            public void dispose() {
                disposed.incrementAndGet();
            }
        };
    }

    /** What the tab shows. */
    public static String describe(ParticleData particle) {
        return particle.name() + ": " + particle.result(BrightLevels.ID, BrightLevels.Result.class)
                .map(r -> r.bright() + " of " + r.levels() + " levels brighter than the threshold (mean "
                        + Math.round(r.meanCps()) + " counts/s)")
                .orElse("not analysed yet (Analysis > Extension Analyses\u2026)");
    }
}
