package org.fullsms.ui.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.spi.analysis.AnalysisEngine;
import org.fullsms.spi.analysis.ParticleData;
import org.fullsms.spi.analysis.ResultCodec;
import org.fullsms.ui.Widgets;
import org.fullsms.ui.actions.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Extension Analyses dialog without a workbench: what it says when nothing is installed, how it lists analyses,
 * and that Run waits for valid settings and a particle (running is covered by {@code ExtensionsWorkflowTest}).
 */
class ExtensionAnalysesDialogTest {

    /** An analysis whose parameter record the form cannot show (a list is no parameter type). */
    public record Unsupported(List<String> names) {
    }

    private static final class BadRecordAnalysis implements AnalysisEngine<Unsupported, String> {
        @Override
        public String id() {
            return "test.ui.badrecord";
        }

        @Override
        public String version() {
            return "0.1";
        }

        @Override
        public String label() {
            return "Bad record";
        }

        @Override
        public Class<Unsupported> parameterType() {
            return Unsupported.class;
        }

        @Override
        public Unsupported defaultParameters() {
            return new Unsupported(List.of());
        }

        @Override
        public String analyse(ParticleData particle, Unsupported parameters, IProgressMonitor monitor) {
            return "";
        }

        @Override
        public ResultCodec<String> resultCodec() {
            throw new UnsupportedOperationException("never runs");
        }

        @Override
        public Class<String> resultType() {
            return String.class;
        }
    }

    private Shell shell;

    @BeforeEach
    void shell() {
        shell = new Shell(Display.getDefault());
    }

    @AfterEach
    void dispose() {
        shell.dispose();
    }

    private static Map<Scope, List<ParticleAnalysis>> noParticles() {
        Map<Scope, List<ParticleAnalysis>> targets = new LinkedHashMap<>();
        for (Scope s : Scope.values()) {
            targets.put(s, List.of());
        }
        return targets;
    }

    @Test
    void withoutAnalysesItSaysWhereExtensionsComeFrom() {
        ExtensionAnalysesDialog dialog = new ExtensionAnalysesDialog(shell, List.of(), noParticles());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertEquals("Extension Analyses", dialog.getShell().getText());
            assertTrue(Widgets.labels(dialog.getShell()).contains(ExtensionAnalysesDialog.NONE_INSTALLED));
            assertTrue(ExtensionAnalysesDialog.NONE_INSTALLED.replace('\u00a0', ' ')
                    .contains("Help > Install New Software"));
            assertNull(dialog.runButton(), "nothing to run");
            assertTrue(Widgets.button(dialog.getShell(), "Close").isEnabled());
        } finally {
            dialog.close();
        }
    }

    @Test
    void listsTheAnalysesAndRunsOnlyWithValidSettingsAndParticles() {
        ExtensionAnalysesDialog dialog = new ExtensionAnalysesDialog(shell,
                List.of(new BrightLevels(), new BadRecordAnalysis()), noParticles());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Table table = Widgets.all(dialog.getShell(), Table.class).get(0);
            assertEquals(2, table.getItemCount());
            assertEquals("Bright levels", table.getItem(0).getText(0));
            assertEquals("1.0", table.getItem(0).getText(1));
            dialog.select(BrightLevels.ID);
            assertTrue(Widgets.labels(dialog.getShell()).contains(new BrightLevels().description()));
            assertFalse(dialog.runButton().isEnabled(), "no particles open");
            assertTrue(Widgets.labels(dialog.getShell()).contains("Open a file to analyse its particles."));
            Text factor = (Text) Widgets.field(dialog.getShell(), "Threshold");
            factor.setText("x");
            assertEquals("\"Threshold\" must be a number, not \"x\"", dialog.form().problem());

            dialog.select("test.ui.badrecord");
            assertNull(dialog.form(), "no form for a record it cannot show");
            assertTrue(Widgets.labels(dialog.getShell()).stream().anyMatch(t -> t.startsWith(
                    "Bad record cannot be set up: ") && t.contains("not List")), Widgets.labels(dialog.getShell())::toString);
            assertFalse(dialog.runButton().isEnabled());
        } finally {
            dialog.close();
        }
    }
}
