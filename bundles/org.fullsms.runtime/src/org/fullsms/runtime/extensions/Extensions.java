package org.fullsms.runtime.extensions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fullsms.spi.PhotonImporter;
import org.fullsms.spi.analysis.AnalysisEngine;
import org.fullsms.spi.export.Exporter;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The importers, analyses and exporters installed now, built-in and from extensions alike. A DS component with
 * dynamic references: a bundle installed or removed while Full SMS runs (p2 install, update, uninstall) is seen at
 * once, with no restart. Code outside DS (commands, handlers, jobs) reads it through {@link #current()}; outside
 * OSGi (plain unit tests) it is empty.
 */
@Component(service = Extensions.class, immediate = true)
public final class Extensions {

    private static final Extensions NONE = new Extensions();
    private static volatile Extensions active = NONE;

    private final List<Ranked<PhotonImporter>> importers = new CopyOnWriteArrayList<>();
    private final List<Ranked<AnalysisEngine<?, ?>>> analyses = new CopyOnWriteArrayList<>();
    private final List<Ranked<Exporter>> exporters = new CopyOnWriteArrayList<>();

    /** A service with its ranking and registration order, for a stable "highest ranking, then oldest" order. */
    private record Ranked<T>(T service, int ranking, long serviceId) {
        static final Comparator<Ranked<?>> ORDER = Comparator.<Ranked<?>>comparingInt(r -> -r.ranking())
                .thenComparingLong(Ranked::serviceId);

        static <T> Ranked<T> of(T service, Map<String, Object> properties) {
            return new Ranked<>(service, properties.get(Constants.SERVICE_RANKING) instanceof Integer i ? i : 0,
                    properties.get(Constants.SERVICE_ID) instanceof Long id ? id : Long.MAX_VALUE);
        }
    }

    /** The registry of the running platform, or an empty one outside OSGi. */
    public static Extensions current() {
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

    /** Importers, highest service ranking first: the order in which they are asked whether they read a file. */
    public List<PhotonImporter> importers() {
        return services(importers);
    }

    public List<AnalysisEngine<?, ?>> analyses() {
        return services(analyses);
    }

    public Optional<AnalysisEngine<?, ?>> analysis(String id) {
        return analyses().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public List<Exporter> exporters() {
        return services(exporters);
    }

    public Optional<Exporter> exporter(String id) {
        return exporters().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private static <T> List<T> services(List<Ranked<T>> list) {
        List<Ranked<T>> sorted = new ArrayList<>(list);
        sorted.sort(Ranked.ORDER);
        return sorted.stream().map(Ranked::service).toList();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addImporter(PhotonImporter importer, Map<String, Object> properties) {
        importers.add(Ranked.of(importer, properties));
    }

    void removeImporter(PhotonImporter importer) {
        importers.removeIf(r -> r.service() == importer);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addAnalysis(AnalysisEngine<?, ?> analysis, Map<String, Object> properties) {
        analyses.add(Ranked.of(analysis, properties));
    }

    void removeAnalysis(AnalysisEngine<?, ?> analysis) {
        analyses.removeIf(r -> r.service() == analysis);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addExporter(Exporter exporter, Map<String, Object> properties) {
        exporters.add(Ranked.of(exporter, properties));
    }

    void removeExporter(Exporter exporter) {
        exporters.removeIf(r -> r.service() == exporter);
    }
}
