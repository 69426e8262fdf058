package org.fullsms.ui.extensions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Status;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Display;
import org.fullsms.runtime.extensions.Extensions;
import org.fullsms.runtime.extensions.ParticleSnapshot;
import org.fullsms.runtime.state.AnalysisSession.Aspect;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.spi.ui.ParticleTab;
import org.fullsms.ui.jobs.ErrorLog;

/**
 * The tabs extensions add to one particle editor, after its built-in tabs: one per installed {@link ParticleTab}
 * (added and removed as extensions are installed and removed), then "Extensions" with the particle's extension
 * results once it has any. Views are made with a snapshot of the particle and get a fresh one whenever something
 * they can see of it changes. Used on the UI thread only.
 */
public final class ExtensionTabs {

    /** What a {@link ParticleSnapshot} shows: a change of any other aspect leaves the views as they are. */
    private static final Set<Aspect> SHOWN = EnumSet.of(Aspect.DISPLAY, Aspect.ROI, Aspect.LEVELS, Aspect.GROUPING,
            Aspect.FITS, Aspect.CORRELATION, Aspect.EXTENSIONS);

    private final CTabFolder folder;
    private final ParticleAnalysis analysis;
    private final ErrorLog errors;
    private final WorkbenchExtensions registry = WorkbenchExtensions.current();
    private final List<ContributedTab> contributed = new ArrayList<>();
    private final Runnable installedChanged;
    private ExtensionResultsTab results;

    /**
     * Adds the tabs of the installed extensions to {@code folder}.
     *
     * @param errors where failures of an extension's tab are reported
     */
    public ExtensionTabs(CTabFolder folder, ParticleAnalysis analysis, ErrorLog errors) {
        this.folder = folder;
        this.analysis = analysis;
        this.errors = errors;
        // the registry calls from the thread that (un)installs the extension
        Display display = folder.getDisplay();
        installedChanged = () -> {
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (!folder.isDisposed()) {
                        reconcile();
                    }
                });
            }
        };
        registry.addListener(installedChanged);
        reconcile();
        showResults();
    }

    /** Makes the tabs of newly installed extensions and removes those of extensions removed. */
    private void reconcile() {
        List<ParticleTab> installed = registry.tabs();
        contributed.removeIf(c -> {
            boolean gone = !installed.contains(c.tab());
            if (gone) {
                c.dispose();
            }
            return gone;
        });
        ParticleSnapshot snapshot = null;
        for (ParticleTab tab : installed) {
            if (contributed.stream().noneMatch(c -> c.tab() == tab)) {
                snapshot = snapshot == null ? ParticleSnapshot.of(analysis) : snapshot;
                int index = results == null ? folder.getItemCount() : folder.indexOf(results.item());
                contributed.add(new ContributedTab(folder, index, tab, snapshot, this::report));
            }
        }
    }

    /** Updates the views after the particle changed in {@code aspects}. */
    public void refresh(Set<Aspect> aspects) {
        if (Collections.disjoint(aspects, SHOWN)) {
            return;
        }
        if (!contributed.isEmpty()) {
            ParticleSnapshot snapshot = ParticleSnapshot.of(analysis);
            for (ContributedTab c : List.copyOf(contributed)) {
                c.update(snapshot);
            }
        }
        if (aspects.contains(Aspect.EXTENSIONS)) {
            showResults();
        }
    }

    /** The results tab appears with the particle's first extension result and goes when they are cleared. */
    private void showResults() {
        var stored = analysis.extensionResults().values();
        if (stored.isEmpty()) {
            if (results != null) {
                results.dispose();
                results = null;
            }
            return;
        }
        if (results == null) {
            results = new ExtensionResultsTab(folder);
        }
        results.show(stored, Extensions.current());
    }

    private void report(String message) {
        errors.addIfProblem("Particle editor", Status.error(analysis.particle().name() + ": " + message));
    }

    /** Closes the views; the editor closes. */
    public void dispose() {
        registry.removeListener(installedChanged);
        contributed.forEach(ContributedTab::dispose);
        contributed.clear();
        if (results != null) {
            results.dispose();
        }
    }
}
