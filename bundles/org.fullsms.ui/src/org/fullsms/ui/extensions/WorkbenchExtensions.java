package org.fullsms.ui.extensions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fullsms.spi.ui.ParticleTab;
import org.osgi.framework.Constants;
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

    private static final WorkbenchExtensions NONE = new WorkbenchExtensions();
    private static volatile WorkbenchExtensions active = NONE;

    /** A tab with its ranking and registration order: "highest ranking, then oldest" gives a stable tab order. */
    private record Ranked(ParticleTab tab, int ranking, long serviceId) {
        static final Comparator<Ranked> ORDER = Comparator.<Ranked>comparingInt(r -> -r.ranking())
                .thenComparingLong(Ranked::serviceId);
    }

    private final List<Ranked> tabs = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** The registry of the running platform, or an empty one outside OSGi. */
    public static WorkbenchExtensions current() {
        return active;
    }

    @Activate
    void activate() {
        active = this;
    }

    @Deactivate
    void deactivate() {
        if (active == this) {
            active = NONE;
        }
    }

    /** The installed tabs in the order editors show them. */
    public List<ParticleTab> tabs() {
        List<Ranked> sorted = new ArrayList<>(tabs);
        sorted.sort(Ranked.ORDER);
        return sorted.stream().map(Ranked::tab).toList();
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
        tabs.add(new Ranked(tab, properties.get(Constants.SERVICE_RANKING) instanceof Integer i ? i : 0,
                properties.get(Constants.SERVICE_ID) instanceof Long id ? id : Long.MAX_VALUE));
        listeners.forEach(Runnable::run);
    }

    void removeTab(ParticleTab tab) {
        tabs.removeIf(r -> r.tab() == tab);
        listeners.forEach(Runnable::run);
    }
}
