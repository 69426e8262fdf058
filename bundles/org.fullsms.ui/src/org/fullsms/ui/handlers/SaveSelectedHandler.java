package org.fullsms.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.model.Particle;
import org.fullsms.runtime.FullSmsJobs;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;

import jakarta.inject.Named;

/**
 * File &gt; Save Selected Particles…: copies the checked particles of one file into a new Full SMS HDF5 file, in a
 * job. The file is the one selected in the navigator (or the only one open); its source is never overwritten.
 */
public class SaveSelectedHandler {

    @CanExecute
    public boolean canExecute(OpenDatasets open, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        AnalysisSession s = session(open, selection);
        return s != null && !s.selected().isEmpty();
    }

    @Execute
    public void execute(OpenDatasets open, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        AnalysisSession session = session(open, selection);
        if (session == null) {
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Save selected particles to a new file");
        dialog.setFilterExtensions(new String[] {"*.h5"});
        dialog.setOverwrite(true);
        session.dataset().source().ifPresent(p -> {
            dialog.setFilterPath(p.getParent().toString());
            dialog.setFileName(p.getFileName().toString().replaceFirst("\\.h5$", "") + "-selected.h5");
        });
        String target = dialog.open();
        if (target == null) {
            return;
        }
        Path file = Path.of(target);
        List<Particle> particles = session.selected().stream().map(ParticleAnalysis::particle).toList();
        FullSmsJobs.create("Saving " + particles.size() + " particles to " + file.getFileName(), monitor -> {
            try {
                // the user confirmed replacing an existing file in the dialog; the writer still refuses the source
                new Hdf5Writer().saveParticles(session.dataset(), particles, file, new WriteOptions(false, true), monitor);
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error("Save selected particles to " + file + ": " + e.getMessage());
            }
        }).schedule();
    }

    static AnalysisSession session(OpenDatasets open, Object selection) {
        for (Object o : selection instanceof List<?> l ? l : selection == null ? List.of() : List.of(selection)) {
            if (o instanceof AnalysisSession s) {
                return s;
            }
            if (o instanceof ParticleAnalysis a) {
                return a.session();
            }
        }
        return open.sessions().size() == 1 ? open.sessions().get(0) : null;
    }
}
