package org.fullsms.ui;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.editor.ParticleEditor;
import org.fullsms.ui.session.ModifiedAnalyses;
import org.fullsms.ui.session.ModifiedMarker;

/** Opens (or brings forward) the editor of a particle in the editor stack, and closes a file's editors. */
public final class EditorOpener {

    /** Element id of the editor stack in the application model. */
    public static final String EDITOR_STACK = "org.fullsms.app.editorstack";

    private EditorOpener() {
    }

    public static MPart open(ParticleAnalysis analysis, EPartService parts, EModelService models, MApplication app) {
        for (MPart p : parts.getParts()) {
            if (p.getTransientData().get(ParticleEditor.PARTICLE_KEY) == analysis) {
                parts.showPart(p, PartState.ACTIVATE);
                return p;
            }
        }
        MPart part = parts.createPart(ParticleEditor.DESCRIPTOR_ID);
        String file = analysis.session().dataset().source().map(f -> f.getFileName().toString()).orElse("in memory");
        ModifiedAnalyses modified = app.getContext().get(ModifiedAnalyses.class);
        // The file in the title: editors of "Particle 1" of two files must not look the same (issue 18).
        part.setLabel(ModifiedMarker.label(analysis.particle().name() + " · " + file,
                modified.isModified(analysis.session())));
        part.setTooltip(analysis.particle().name() + " of " + file);
        part.getTransientData().put(ParticleEditor.PARTICLE_KEY, analysis);
        MPartStack stack = (MPartStack) models.find(EDITOR_STACK, app);
        if (stack != null) {
            stack.getChildren().add(part);
        }
        return parts.showPart(part, PartState.ACTIVATE);
    }

    /** Closes the editors of a file's particles (its data are going away). */
    public static void closeEditors(AnalysisSession session, EPartService parts) {
        for (MPart p : List.copyOf(parts.getParts())) {
            if (p.getTransientData().get(ParticleEditor.PARTICLE_KEY) instanceof ParticleAnalysis a
                    && a.session() == session) {
                parts.hidePart(p, true);
            }
        }
    }

    /** The editor object of an open particle editor part, or null. */
    public static ParticleEditor editorOf(MPart part) {
        return part.getObject() instanceof ParticleEditor e ? e : null;
    }
}
