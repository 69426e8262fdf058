package org.fullsms.runtime.extensions;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fullsms.runtime.Services;
import org.fullsms.runtime.engines.BuiltInEngine;
import org.fullsms.spi.PhotonImporter;
import org.fullsms.spi.analysis.AnalysisEngine;
import org.fullsms.spi.export.Exporter;
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

    private static final ActiveComponent<Extensions> ACTIVE = new ActiveComponent<>(Extensions::outsideDs);

    private final RankedServices<PhotonImporter> importers = new RankedServices<>();
    private final RankedServices<AnalysisEngine<?, ?>> analyses = new RankedServices<>();
    private final RankedServices<Exporter> exporters = new RankedServices<>();

    /** The registry of the running platform; outside OSGi, the components on the class path. */
    public static Extensions current() {
        return ACTIVE.get();
    }

    /**
     * The registry while DS has not activated one: empty in OSGi (the component is on its way); on a plain class
     * path (the command line's fast launch, batch engines) filled once with the bundles' components.
     */
    private static Extensions outsideDs() {
        Extensions registry = new Extensions();
        if (!Services.inOsgi()) {
            Services.onClasspath(PhotonImporter.class).forEach(registry::addImporter);
            Services.onClasspath(AnalysisEngine.class).forEach((a, p) -> registry.addAnalysis(a, p));
            Services.onClasspath(Exporter.class).forEach(registry::addExporter);
        }
        return registry;
    }

    @Activate
    void activate() {
        ACTIVE.activated(this);
    }

    @Deactivate
    void deactivate() {
        ACTIVE.deactivated(this);
    }

    /** Importers, highest service ranking first: the order in which they are asked whether they read a file. */
    public List<PhotonImporter> importers() {
        return importers.list();
    }

    /** The analyses extensions added (the built-in ones have their own settings and places: {@link #builtIns()}). */
    public List<AnalysisEngine<?, ?>> analyses() {
        return analyses.list().stream().filter(a -> !(a instanceof BuiltInEngine)).toList();
    }

    public Optional<AnalysisEngine<?, ?>> analysis(String id) {
        return analyses().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The built-in analyses: change points, grouping, lifetime fits, correlation. */
    public List<BuiltInEngine<?, ?>> builtIns() {
        return analyses.list().stream().filter(BuiltInEngine.class::isInstance)
                .<BuiltInEngine<?, ?>>map(a -> (BuiltInEngine<?, ?>) a).toList();
    }

    /**
     * The registered built-in engine of a class, e.g. {@code builtIn(ChangePointEngine.class)}.
     *
     * @throws IllegalStateException when it is not registered (the runtime bundle's components are not active)
     */
    public <E extends BuiltInEngine<?, ?>> E builtIn(Class<E> type) {
        return analyses.list().stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("the built-in analysis " + type.getSimpleName()
                        + " is not registered: is the org.fullsms.runtime bundle active?"));
    }

    public List<Exporter> exporters() {
        return exporters.list();
    }

    public Optional<Exporter> exporter(String id) {
        return exporters().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addImporter(PhotonImporter importer, Map<String, Object> properties) {
        importers.add(importer, properties);
    }

    void removeImporter(PhotonImporter importer) {
        importers.remove(importer);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addAnalysis(AnalysisEngine<?, ?> analysis, Map<String, Object> properties) {
        analyses.add(analysis, properties);
    }

    void removeAnalysis(AnalysisEngine<?, ?> analysis) {
        analyses.remove(analysis);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addExporter(Exporter exporter, Map<String, Object> properties) {
        exporters.add(exporter, properties);
    }

    void removeExporter(Exporter exporter) {
        exporters.remove(exporter);
    }
}
