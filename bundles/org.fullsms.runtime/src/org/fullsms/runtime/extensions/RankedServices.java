package org.fullsms.runtime.extensions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.Constants;

/**
 * The services bound to a dynamic multiple reference, kept in the platform's order: highest {@code service.ranking}
 * first, then the oldest registration, so lists of importers, analyses, exporters and editor tabs are stable.
 * Thread-safe: DS binds and unbinds on its own threads while the UI and jobs read.
 *
 * @param <T> the service type
 */
public final class RankedServices<T> {

    private record Ranked<T>(T service, int ranking, long serviceId) {
    }

    private final List<Ranked<T>> services = new CopyOnWriteArrayList<>();

    /** Adds a bound service with the properties DS hands to the bind method. */
    public void add(T service, Map<String, Object> properties) {
        services.add(new Ranked<>(service, properties.get(Constants.SERVICE_RANKING) instanceof Integer i ? i : 0,
                properties.get(Constants.SERVICE_ID) instanceof Long id ? id : Long.MAX_VALUE));
    }

    public void remove(T service) {
        services.removeIf(r -> r.service() == service);
    }

    /** The services now, highest ranking first, then oldest first. */
    public List<T> list() {
        List<Ranked<T>> sorted = new ArrayList<>(services);
        sorted.sort(Comparator.<Ranked<T>>comparingInt(r -> -r.ranking()).thenComparingLong(Ranked::serviceId));
        return sorted.stream().map(Ranked::service).toList();
    }
}
