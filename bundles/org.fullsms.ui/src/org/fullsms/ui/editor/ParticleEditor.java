package org.fullsms.ui.editor;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.fullsms.runtime.state.AnalysisSession.Aspect;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.extensions.ExtensionTabs;
import org.fullsms.ui.jobs.ErrorLog;
import org.fullsms.ui.prefs.UiPreferences.Key;
import org.fullsms.ui.prefs.UiPreferences;
import org.fullsms.ui.undo.StateChange;

/**
 * The editor of one particle (one instance per particle, opened from the navigator): tabs Intensity, Lifetime,
 * Grouping (BIC) and Correlation over the same particle, as the original's main window tabs, Spectra and Raster Scan
 * when the file stores them for the particle, then the tabs of extensions ({@link ExtensionTabs}). One editor with
 * tabs rather than four parts keeps a particle's views together and the editor stack short when many particles
 * are open. The particle comes in the part's transient data under {@link #PARTICLE_KEY}.
 */
public class ParticleEditor {

    /** Part descriptor id in the application model. */
    public static final String DESCRIPTOR_ID = "org.fullsms.ui.partdescriptor.particle";

    /** Transient-data key of the {@link ParticleAnalysis}. */
    public static final String PARTICLE_KEY = "org.fullsms.ui.particle";

    /** Order of the built-in tabs (those of extensions follow); the last two only for particles with the data. */
    public enum Tab {
        INTENSITY, LIFETIME, GROUPING, CORRELATION, SPECTRA, RASTER_SCAN
    }

    @Inject
    MPart part;

    @Inject
    UISynchronize sync;

    @Inject
    ESelectionService selectionService;

    @Inject
    IOperationHistory history;

    @Inject
    IUndoContext undoContext;

    @Inject
    ErrorLog errors;

    private ParticleAnalysis analysis;
    private CTabFolder folder;
    private IntensityTab intensity;
    private LifetimeTab lifetime;
    private GroupingTab grouping;
    private CorrelationTab correlation;
    private SpectraTab spectra;
    private RasterScanTab rasterScan;
    private final Map<Tab, CTabItem> items = new EnumMap<>(Tab.class);
    private ExtensionTabs extensionTabs;
    private final Set<Aspect> pending = EnumSet.noneOf(Aspect.class);
    private final Consumer<AnalysisSession.Change> listener = this::changed;
    private Runnable unitListener;

    @PostConstruct
    public void createControls(Composite parent) {
        analysis = (ParticleAnalysis) part.getTransientData().get(PARTICLE_KEY);
        parent.setLayout(new FillLayout());
        folder = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        intensity = new IntensityTab(tab(Tab.INTENSITY, "Intensity"), this);
        lifetime = new LifetimeTab(tab(Tab.LIFETIME, "Lifetime"), this);
        grouping = new GroupingTab(tab(Tab.GROUPING, "Grouping (BIC)"), this);
        correlation = new CorrelationTab(tab(Tab.CORRELATION, "Correlation"), this);
        if (analysis.particle().spectra().isPresent()) {
            spectra = new SpectraTab(tab(Tab.SPECTRA, "Spectra"), this);
        }
        if (analysis.particle().rasterScan().isPresent()) {
            rasterScan = new RasterScanTab(tab(Tab.RASTER_SCAN, "Raster Scan"), this);
        }
        extensionTabs = new ExtensionTabs(folder, analysis, errors);
        folder.setSelection(0);
        analysis.session().addListener(listener);
        unitListener = UiPreferences.onChange(Key.INTENSITY_UNIT, () -> pending(Aspect.DISPLAY));
        refreshAll(EnumSet.allOf(Aspect.class));
    }

    private Composite tab(Tab which, String title) {
        CTabItem item = new CTabItem(folder, SWT.NONE);
        item.setText(title);
        items.put(which, item);
        Composite c = new Composite(folder, SWT.NONE);
        item.setControl(c);
        return c;
    }

    /** State events arrive on job threads: collect them and redraw once on the UI thread. */
    private void changed(AnalysisSession.Change change) {
        if (change.particle() != null && change.particle() != analysis && change.aspect() != Aspect.CORRELATION) {
            return;
        }
        pending(change.aspect());
    }

    private void pending(Aspect aspect) {
        boolean first;
        synchronized (pending) {
            first = pending.isEmpty();
            pending.add(aspect);
        }
        if (first) {
            sync.asyncExec(() -> {
                Set<Aspect> aspects;
                synchronized (pending) {
                    aspects = EnumSet.copyOf(pending);
                    pending.clear();
                }
                if (!folder.isDisposed()) {
                    refreshAll(aspects);
                }
            });
        }
    }

    private void refreshAll(Set<Aspect> aspects) {
        intensity.refresh(aspects);
        lifetime.refresh(aspects);
        grouping.refresh(aspects);
        correlation.refresh(aspects);
        if (spectra != null) {
            spectra.refresh(aspects);
        }
        if (rasterScan != null) {
            rasterScan.refresh(aspects);
        }
        extensionTabs.refresh(aspects);
    }

    public ParticleAnalysis analysis() {
        return analysis;
    }

    /** Applies a choice made in a tab so that Edit &gt; Undo can revert it. */
    void record(StateChange change) {
        change.run(history, undoContext);
    }

    /** Whether the particle has this tab (Spectra and Raster Scan only with the data). */
    public boolean has(Tab tab) {
        return items.containsKey(tab);
    }

    /** Shows a tab (for users of the API and tests); a tab the particle lacks is not shown. */
    public void show(Tab tab) {
        if (has(tab)) {
            folder.setSelection(items.get(tab));
        }
    }

    /** The built-in tab shown, or empty while an extension's tab is (F1 opens the guide at its section). */
    public Optional<Tab> shownTab() {
        CTabItem shown = folder.getSelection();
        return items.entrySet().stream().filter(e -> e.getValue() == shown).map(Map.Entry::getKey).findFirst();
    }

    /** The tab's control, e.g. for screenshots; null for a tab the particle lacks. */
    public Composite control(Tab tab) {
        return has(tab) ? (Composite) items.get(tab).getControl() : null;
    }

    /** The whole editor, e.g. for screenshots. */
    public Composite control() {
        return folder;
    }

    public IntensityTab intensity() {
        return intensity;
    }

    public LifetimeTab lifetime() {
        return lifetime;
    }

    public GroupingTab grouping() {
        return grouping;
    }

    public CorrelationTab correlation() {
        return correlation;
    }

    /** The Spectra tab, or null when the particle has no spectra. */
    public SpectraTab spectra() {
        return spectra;
    }

    /** The Raster Scan tab, or null when the particle has no raster scan. */
    public RasterScanTab rasterScan() {
        return rasterScan;
    }

    /** True while a tab computes what it will draw. */
    public boolean isBusy() {
        synchronized (pending) {
            if (!pending.isEmpty()) {
                return true;
            }
        }
        return intensity.isBusy() || lifetime.isBusy() || grouping.isBusy() || correlation.isBusy()
                || spectra != null && spectra.isBusy();
    }

    @Focus
    void setFocus() {
        folder.setFocus();
        selectionService.setSelection(List.of(analysis));
    }

    @PreDestroy
    void dispose() {
        analysis.session().removeListener(listener);
        unitListener.run();
        extensionTabs.dispose();
    }
}
