package org.fullsms.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.junit.jupiter.api.Test;

/** Which analyses differ from their saved session: no workbench, the plain tracker over the open datasets. */
class ModifiedAnalysesTest {

    static AnalysisSession openSimulated(OpenDatasets open) {
        SimulationParameters p = SimulationParameters.builder().particles(2).durationS(2).seed(5).build();
        return open.add(new Simulator().run(p, new NullProgressMonitor()).dataset());
    }

    @Test
    void anyChangeAfterOpeningMarksModifiedAndSavingClearsIt() {
        OpenDatasets open = new OpenDatasets();
        ModifiedAnalyses modified = new ModifiedAnalyses(open);
        List<AnalysisSession> heard = new ArrayList<>();
        modified.addListener(heard::add);
        AnalysisSession s = openSimulated(open);
        assertFalse(modified.isModified(s), "as opened");

        s.particles().get(0).setBinSizeMs(50);
        s.particles().get(1).setSelected(false);
        assertTrue(modified.isModified(s));
        assertTrue(modified.anyModified());
        assertEquals(List.of(s), heard, "heard once: when it became modified");

        modified.saved(s, modified.version(s));
        assertFalse(modified.isModified(s), "saved");
        assertEquals(List.of(s, s), heard, "heard again: no longer modified");
    }

    @Test
    void aChangeWhileSavingKeepsItModified() {
        OpenDatasets open = new OpenDatasets();
        ModifiedAnalyses modified = new ModifiedAnalyses(open);
        AnalysisSession s = openSimulated(open);
        s.particles().get(0).setBinSizeMs(50);
        long captured = modified.version(s);
        s.particles().get(0).setBinSizeMs(20); // after the capture: not in the file
        modified.saved(s, captured);
        assertTrue(modified.isModified(s));
    }

    @Test
    void recoveredIsModifiedAndClosedIsNot() {
        OpenDatasets open = new OpenDatasets();
        ModifiedAnalyses modified = new ModifiedAnalyses(open);
        AnalysisSession s = openSimulated(open);
        AnalysisSession other = openSimulated(open);
        modified.markModified(s);
        assertEquals(List.of(s), modified.modifiedAmong(open.sessions()));
        try {
            open.close(s);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertFalse(modified.isModified(s));
        assertFalse(modified.anyModified());
        assertFalse(modified.isModified(other));
    }
}
