package org.fullsms.ui.extensions;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fullsms.runtime.extensions.ActiveComponent;
import org.fullsms.runtime.extensions.RankedServices;
import org.fullsms.spi.ui.ParticleTab;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The particle-editor tabs installed now ({@link ParticleTab} services). A DS component with dynamic references, as
 * the runtime's {@code Extensions} for analyses and exporters: a tab installed or removed while Full SMS runs
 * appears in or leaves the open editors at once. Editors read it through {@link #current()} and hear of changes
 * through {@link #addListener}; outside OSGi it is empty.
 */
@Component(service = WorkbenchExtensions.class, immediate = true)
public final class WorkbenchExtensions {

    private static final ActiveComponent<WorkbenchExtensions> ACTIVE = new ActiveComponent<>(WorkbenchExtensions::new);

    private final RankedServices<ParticleTab> tabs = new RankedServices<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** The registry of the running platform, or an empty one outside OSGi. */
    public static WorkbenchExtensions current() {
        return ACTIVE.get();
    }

    @Activate
    void activate() {
        ACTIVE.activated(this);
    }

    @Deactivate
    void deactivate() {
        ACTIVE.deactivated(this);
    }

    /** The installed tabs in the order editors show them. */
    public List<ParticleTab> tabs() {
        return tabs.list();
    }

    /** Runs {@code listener} (on the thread that installs or removes the service) whenever the tabs change. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addTab(ParticleTab tab, Map<String, Object> properties) {
        tabs.add(tab, properties);
        listeners.forEach(Runnable::run);
    }

    void removeTab(ParticleTab tab) {
        tabs.remove(tab);
        listeners.forEach(Runnable::run);
    }
}
