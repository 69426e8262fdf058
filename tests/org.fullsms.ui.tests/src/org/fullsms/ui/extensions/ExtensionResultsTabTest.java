package org.fullsms.ui.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.fullsms.runtime.state.ExtensionResult;
import org.fullsms.spi.analysis.AnalysisEngine;
import org.junit.jupiter.api.Test;

/** The rows of the editor's "Extensions" tab, with the analysis installed, in another version, absent or failed. */
class ExtensionResultsTabTest {

    private static final String PARAMETERS = "{\"factor\":0.8,\"weighting\":\"DWELL\",\"atThreshold\":true}";
    private static final String RESULT = "{\"bright\":2,\"levels\":5,\"mean_cps\":1000.0}";
    private static final Optional<AnalysisEngine<?, ?>> INSTALLED = Optional.of(new BrightLevels());

    @Test
    void installedAnalysisNamesItsParametersAndSummarisesTheResult() {
        ExtensionResult r = new ExtensionResult(BrightLevels.ID, "1.0", PARAMETERS, RESULT, null,
                new BrightLevels.Result(2, 5, 1000));
        assertEquals(List.of("Bright levels", "1.0",
                "Threshold 0.8 \u00d7 mean, Weighting DWELL, Count levels at the threshold true",
                "2 of 5 levels bright"), ExtensionResultsTab.row(r, INSTALLED));
    }

    @Test
    void resultOfAnotherVersionSaysWhichIsInstalled() {
        ExtensionResult r = new ExtensionResult(BrightLevels.ID, "0.9", PARAMETERS, RESULT, null,
                new BrightLevels.Result(2, 5, 1000));
        assertEquals("0.9 (installed: 1.0)", ExtensionResultsTab.row(r, INSTALLED).get(1));
    }

    @Test
    void analysisNotInstalledShowsWhatTheSessionStored() {
        ExtensionResult r = new ExtensionResult("org.example.gone", "2.1", "{\"a\":1}", "{\"x\":3}", null, null);
        assertEquals(List.of("org.example.gone (not installed)", "2.1", "{\"a\":1}", "{\"x\":3}"),
                ExtensionResultsTab.row(r, Optional.empty()));
    }

    @Test
    void failedRunShowsWhy() {
        ExtensionResult r = new ExtensionResult(BrightLevels.ID, "1.0", PARAMETERS, null,
                "needs levels: resolve the particle first", null);
        assertEquals("Failed: needs levels: resolve the particle first", ExtensionResultsTab.row(r, INSTALLED).get(3));
    }
}
