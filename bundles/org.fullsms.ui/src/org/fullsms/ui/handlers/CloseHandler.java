package org.fullsms.ui.handlers;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.model.Dataset;
import org.fullsms.model.Particle;
import org.fullsms.runtime.OpenDatasets;

import jakarta.inject.Named;

/**
 * File &gt; Close: closes the datasets selected in the navigator (or holding the selected particles), releasing
 * their memory and file handles. With nothing selected and one file open, closes that one.
 */
public class CloseHandler {

    @CanExecute
    public boolean canExecute(OpenDatasets open, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return !targets(open, selection).isEmpty();
    }

    @Execute
    public void execute(OpenDatasets open, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        for (Dataset d : targets(open, selection)) {
            try {
                open.close(d);
            } catch (IOException e) {
                MessageDialog.openWarning(shell, "Close", d.source().map(Object::toString).orElse("dataset")
                        + " was closed, but releasing its file reported: " + e.getMessage());
            }
        }
    }

    static Set<Dataset> targets(OpenDatasets open, Object selection) {
        Set<Dataset> result = new LinkedHashSet<>();
        List<?> items = selection instanceof List<?> l ? l : selection == null ? List.of() : List.of(selection);
        for (Object item : items) {
            if (item instanceof Dataset d) {
                result.add(d);
            } else if (item instanceof Particle p) {
                open.datasets().stream().filter(d -> d.allParticles().contains(p)).findFirst().ifPresent(result::add);
            }
        }
        if (result.isEmpty() && open.datasets().size() == 1) {
            result.add(open.datasets().get(0));
        }
        return result;
    }
}
