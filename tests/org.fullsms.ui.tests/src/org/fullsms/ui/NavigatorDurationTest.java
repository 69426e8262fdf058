package org.fullsms.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.TreeItem;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.ui.navigator.ParticleNavigatorPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The navigator's Duration column is filled once a file is open, before any analysis, and photons are not kept. */
class NavigatorDurationTest {

    @TempDir
    Path dir;

    @Test
    void durationsAppearWithoutAnalysisAndPhotonsAreReleased() throws Exception {
        Path file = dir.resolve("durations.h5");
        var sim = new Simulator().run(SimulationParameters.builder().particles(3).durationS(12).seed(9).build(),
                new NullProgressMonitor());
        new Hdf5Writer().write(sim.dataset(), file, WriteOptions.DEFAULTS, new NullProgressMonitor());
        TestWorkbench.run(wb -> {
            OpenDatasets open = wb.application().getContext().get(OpenDatasets.class);
            wb.application().getContext().get(DatasetOpener.class).open(List.of(file));
            wb.waitUntil("the file to open", 60_000, () -> open.sessions().size() == 1);
            AnalysisSession session = open.sessions().get(0);
            MPart part = wb.windowContext().get(EPartService.class).showPart(ParticleNavigatorPart.ID,
                    EPartService.PartState.ACTIVATE);
            ParticleNavigatorPart navigator = (ParticleNavigatorPart) part.getObject();
            wb.waitUntil("every duration to be measured", 60_000, () -> {
                if (navigator.viewer().getTree().getItemCount() == 0) {
                    return false;
                }
                TreeItem fileItem = navigator.viewer().getTree().getItem(0);
                for (TreeItem item : fileItem.getItems()) {
                    if (item.getText(2).equals("–") || item.getText(2).isEmpty()) {
                        return false;
                    }
                }
                return fileItem.getItemCount() == 3;
            });
            TreeItem[] items = navigator.viewer().getTree().getItem(0).getItems();
            for (int i = 0; i < items.length; i++) {
                var p = session.particles().get(i).particle();
                double seconds = (p.photons().lastAbsoluteNs() - p.photons().firstAbsoluteNs()) / 1e9;
                p.releasePhotons();
                assertEquals(String.format(java.util.Locale.ROOT, "%.1f s", seconds), items[i].getText(2),
                        p.name() + ": first to last photon");
            }
            for (var a : session.particles()) {
                assertFalse(a.particle().arePhotonsLoaded(), a + ": photons read for the duration are released");
            }
        });
    }
}
