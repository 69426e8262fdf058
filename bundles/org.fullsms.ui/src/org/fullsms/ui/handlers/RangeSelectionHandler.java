package org.fullsms.ui.handlers;

import java.util.BitSet;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;

import jakarta.inject.Named;

/** Edit &gt; Select Range…: checks the particles whose numbers are in a list such as "1-5, 8" (both channels). */
public class RangeSelectionHandler {

    @CanExecute
    public boolean canExecute(OpenDatasets open) {
        return !open.sessions().isEmpty();
    }

    @Execute
    public void execute(OpenDatasets open, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        InputDialog dialog = new InputDialog(shell, "Select Range", "Particle numbers to check, e.g. 1-5, 8:", "1-10",
                text -> {
                    try {
                        parse(text);
                        return null;
                    } catch (IllegalArgumentException e) {
                        return e.getMessage();
                    }
                });
        if (dialog.open() == Window.OK) {
            select(open, parse(dialog.getValue()));
        }
    }

    static void select(OpenDatasets open, BitSet numbers) {
        for (AnalysisSession s : open.sessions()) {
            for (ParticleAnalysis a : s.particles()) {
                if (numbers.get(a.particle().number()) && !a.isSelected()) {
                    a.setSelected(true);
                }
            }
        }
    }

    /** "1-5, 8" → {1,2,3,4,5,8}. */
    static BitSet parse(String text) {
        BitSet set = new BitSet();
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            String[] ends = p.split("-", 2);
            try {
                int from = Integer.parseInt(ends[0].trim());
                int to = ends.length == 2 ? Integer.parseInt(ends[1].trim()) : from;
                if (from < 1 || to < from || to > 1_000_000) {
                    throw new IllegalArgumentException("not a range of particle numbers: " + p);
                }
                set.set(from, to + 1);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: " + p);
            }
        }
        if (set.isEmpty()) {
            throw new IllegalArgumentException("give at least one particle number");
        }
        return set;
    }
}
