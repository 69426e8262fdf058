package org.fullsms.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.fullsms.model.Dataset;
import org.fullsms.runtime.FullSmsJobs;
import org.fullsms.runtime.Importers;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.spi.ImportOptions;
import org.fullsms.ui.prefs.UiPreferences;

import jakarta.inject.Inject;

/**
 * Opens files in a job (never on the UI thread) and adds them to the {@link OpenDatasets}. Files that cannot be
 * read are reported together in one dialog naming each file and its problem; files that open go to the top of
 * File &gt; Open Recent. One instance per workbench, put into the application context by
 * {@code WorkbenchLifeCycle}.
 */
@Creatable
public class DatasetOpener {

    @Inject
    private OpenDatasets openDatasets;

    @Inject
    private UISynchronize sync;

    /** How channels of instrument files become particles; the dialog unless the context holds another. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private ChannelChoice channelChoice;

    public void open(List<Path> files) {
        String name = files.size() == 1 ? "Opening " + files.get(0).getFileName() : "Opening " + files.size() + " files";
        FullSmsJobs.create(name, monitor -> openAll(files, monitor)).schedule();
    }

    private IStatus openAll(List<Path> files, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, files.size());
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            progress.subTask(file.getFileName().toString());
            try {
                Path path = file.toAbsolutePath().normalize();
                Optional<AnalysisSession> open = openDatasets.find(path);
                if (open.isPresent()) {
                    openDatasets.reveal(open.get()); // one file, one analysis: show the open one
                    progress.split(1);
                    continue;
                }
                Dataset dataset = withChosenChannels(path, Importers.open(path));
                if (dataset != null) {
                    openDatasets.add(dataset);
                    UiPreferences.addRecentFile(path);
                }
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
            progress.split(1);
        }
        if (!problems.isEmpty()) {
            sync.asyncExec(() -> MessageDialog.openError(Display.getCurrent().getActiveShell(),
                    "Could not open " + (problems.size() == 1 ? "file" : problems.size() + " files"),
                    String.join("\n\n", problems)));
        }
        return Status.OK_STATUS;
    }

    /**
     * An instrument file with photons on several detector channels: asks how they become particles and reopens it
     * when the answer is not the default. Null when the user cancels (the file is closed).
     */
    private Dataset withChosenChannels(Path path, Dataset dataset) throws IOException {
        if (dataset.detectorChannels().size() < 2) {
            return dataset;
        }
        ChannelChoice choice = channelChoice != null ? channelChoice
                : ChannelsDialog.onUiThread(Display.getDefault());
        Optional<ImportOptions> chosen = choice.choose(path, dataset.detectorChannels());
        if (chosen.isEmpty() || !chosen.get().equals(new ImportOptions(dataset.channelLayout().orElse(null)))) {
            dataset.close();
            return chosen.isEmpty() ? null : Importers.open(path, chosen.get());
        }
        return dataset;
    }
}
