package org.fullsms.ui.handlers;

import java.util.Locale;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;

import jakarta.inject.Named;

/** Edit &gt; Select All / Select None / Invert Selection: the navigator's check boxes of every open file. */
public class SelectionHandler {

    /** Command parameter: all, none or invert. */
    public static final String PARAMETER = "org.fullsms.ui.commandparameter.selection";

    @CanExecute
    public boolean canExecute(OpenDatasets open) {
        return !open.sessions().isEmpty();
    }

    @Execute
    public void execute(OpenDatasets open, @Optional @Named(PARAMETER) String how) {
        String mode = how == null ? "all" : how.toLowerCase(Locale.ROOT);
        for (AnalysisSession s : open.sessions()) {
            for (ParticleAnalysis a : s.particles()) {
                boolean value = switch (mode) {
                    case "none" -> false;
                    case "invert" -> !a.isSelected();
                    default -> true;
                };
                if (value != a.isSelected()) {
                    a.setSelected(value);
                }
            }
        }
    }
}
