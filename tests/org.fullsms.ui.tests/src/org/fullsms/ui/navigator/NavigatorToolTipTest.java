package org.fullsms.ui.navigator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.fullsms.model.Dataset;
import org.fullsms.runtime.Importers;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.spi.ImportOptions;
import org.fullsms.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 6: the navigator's tooltip on a file names the importer that read it, the record format and how
 * the detector channels became particles (the real Becker &amp; Hickl file of ../shared/data/real).
 */
class NavigatorToolTipTest {

    @TempDir
    Path dir;

    @Test
    void aFilesTooltipNamesItsImporterFormatAndChannelLayout() throws Exception {
        Path spc = Files.copy(SharedData.require("real/BH_SPC132.spc"), dir.resolve("BH_SPC132.spc"));
        NavigatorLabelProvider names = new NavigatorLabelProvider(NavigatorLabelProvider.Column.NAME, new Durations());
        try (Dataset each = Importers.open(spc)) {
            String tip = names.getToolTipText(new AnalysisSession(each));
            assertTrue(tip.contains("Read by: Becker & Hickl SPC (Becker & Hickl SPC-130"), tip);
            assertTrue(tip.contains("Detector channels: one particle per channel"), tip);
        }
        try (Dataset pair = Importers.open(spc, new ImportOptions("8,9"))) {
            String tip = names.getToolTipText(new AnalysisSession(pair));
            assertTrue(tip.contains("Detector channels: channels 8,9 as channel 1 and 2"), tip);
        }
    }
}
