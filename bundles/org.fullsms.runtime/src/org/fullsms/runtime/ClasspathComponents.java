package org.fullsms.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Constants;

/**
 * The DS components of the bundles on a plain class path, for running outside OSGi: the command line's fast launch
 * (a flat class path of the product's headless bundles, no framework) and batch engines that embed the analyses. It
 * reads what the bundles declare for DS — the {@code Service-Component} header and the component descriptions the
 * build generates from {@code @Component} — so a service is declared once, for both launches. Only components
 * without references can be made this way; that is every importer, analysis, exporter and command service. Each
 * component is made once, with its public no-argument constructor, when a service it provides is first asked for
 * (a command that needs no importer loads none).
 */
final class ClasspathComponents {

    /**
     * One component description: its class, the interfaces it provides, its service properties, and whether only DS
     * can make it (it has references, or activate/deactivate/modified methods, which may want a BundleContext).
     */
    record Description(String implementation, List<String> provides, Map<String, Object> properties,
            boolean needsFramework) {

        /**
         * Whether a plain launch can stand in for DS with this component: made with its no-argument constructor,
         * or the platform's own registries, which the plain launch fills itself ({@code Extensions}).
         */
        boolean plainLaunchOk() {
            return !needsFramework || implementation.startsWith(OWN_REGISTRIES);
        }
    }

    private static final String OWN_REGISTRIES = "org.fullsms.runtime.extensions.";

    /** A component and, once made, its instance (null until then, or when it could not be made). */
    private static final class Component {
        final Description description;
        final int order;
        private boolean made;
        private Object instance;

        Component(Description description, int order) {
            this.description = description;
            this.order = order;
        }

        int ranking() {
            return description.properties().get(Constants.SERVICE_RANKING) instanceof Integer i ? i : 0;
        }

        synchronized Object madeInstance() {
            return instance;
        }

        synchronized Object instance(ClassLoader loader) {
            if (!made) {
                made = true;
                try {
                    instance = Class.forName(description.implementation(), true, loader).getDeclaredConstructor()
                            .newInstance();
                } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                    // one broken extension must not take the others (or the command line) with it
                    PROBLEMS.add(description.implementation() + " cannot be loaded: " + e);
                }
            }
            return instance;
        }
    }

    private static final Pattern PROVIDE = Pattern.compile("<provide\\s+interface=\"([^\"]+)\"");
    private static final Pattern IMPLEMENTATION = Pattern.compile("<implementation\\s+class=\"([^\"]+)\"");
    private static final Pattern LIFECYCLE = Pattern.compile("\\s(activate|deactivate|modified)=\"");
    private static final Pattern PROPERTY = Pattern.compile(
            "<property\\s+name=\"([^\"]+)\"(?:\\s+type=\"([^\"]+)\")?\\s+value=\"([^\"]*)\"");
    private static final List<String> PROBLEMS = new CopyOnWriteArrayList<>();
    private static final ClassLoader LOADER = ClasspathComponents.class.getClassLoader();

    private static volatile List<Component> components;

    private ClasspathComponents() {
    }

    /** The components providing {@code type}, highest {@code service.ranking} first, then in class-path order. */
    static <T> List<T> all(Class<T> type) {
        List<Component> matching = new ArrayList<>();
        for (Component c : components()) {
            if (c.description.provides().contains(type.getName())) {
                matching.add(c);
            }
        }
        matching.sort(Comparator.comparingInt((Component c) -> -c.ranking()).thenComparingInt(c -> c.order));
        List<T> services = new ArrayList<>();
        for (Component c : matching) {
            Object service = c.instance(LOADER);
            if (type.isInstance(service)) {
                services.add(type.cast(service));
            }
        }
        return services;
    }

    /** The service properties DS would give the component of {@code service} (ranking, name). */
    static Map<String, Object> properties(Object service) {
        for (Component c : components()) {
            if (c.madeInstance() == service) {
                return c.description.properties();
            }
        }
        return Map.of();
    }

    /** The components that could not be made so far (a class missing from the class path, a constructor that threw). */
    static List<String> problems() {
        return List.copyOf(PROBLEMS);
    }

    private static List<Component> components() {
        List<Component> found = components;
        if (found == null) {
            synchronized (ClasspathComponents.class) {
                found = components;
                if (found == null) {
                    found = scan();
                    components = found;
                }
            }
        }
        return found;
    }

    private static List<Component> scan() {
        List<Component> found = new ArrayList<>();
        try {
            for (String xml : descriptions()) {
                Description d = parse(xml);
                if (!d.needsFramework() && !d.provides().isEmpty()) {
                    found.add(new Component(d, found.size()));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("reading the component descriptions on the class path failed: " + e, e);
        }
        return List.copyOf(found);
    }

    /** From the index the launcher names, else from every bundle on the class path. */
    private static List<String> descriptions() throws IOException {
        String index = System.getProperty(ComponentIndex.PROPERTY);
        if (index != null && Files.isReadable(Path.of(index))) {
            return ComponentIndex.read(Path.of(index));
        }
        List<String> all = new ArrayList<>();
        Enumeration<URL> manifests = LOADER.getResources("META-INF/MANIFEST.MF");
        while (manifests.hasMoreElements()) {
            all.addAll(descriptionsOf(manifests.nextElement()));
        }
        return all;
    }

    /** The component descriptions (XML) a bundle's manifest lists, read from beside it. */
    static List<String> descriptionsOf(URL manifestUrl) throws IOException {
        Manifest manifest;
        try (InputStream in = manifestUrl.openStream()) {
            manifest = new Manifest(in);
        }
        String header = manifest.getMainAttributes().getValue("Service-Component");
        if (header == null || header.isBlank()) {
            return List.of();
        }
        String root = manifestUrl.toString();
        root = root.substring(0, root.length() - "META-INF/MANIFEST.MF".length());
        List<String> descriptions = new ArrayList<>();
        for (String path : header.split(",")) {
            URL xml = URI.create(root + path.trim()).toURL();
            try (InputStream in = xml.openStream()) {
                descriptions.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return descriptions;
    }

    /** A component description as the DS annotation processor writes it (one component per file). */
    static Description parse(String xml) {
        Matcher impl = IMPLEMENTATION.matcher(xml);
        if (!impl.find()) {
            throw new IllegalArgumentException("a component description without <implementation class=...>");
        }
        List<String> provides = new ArrayList<>();
        Matcher provide = PROVIDE.matcher(xml);
        while (provide.find()) {
            provides.add(provide.group(1));
        }
        Map<String, Object> properties = new HashMap<>();
        Matcher property = PROPERTY.matcher(xml);
        while (property.find()) {
            String type = property.group(2) == null ? "String" : property.group(2);
            String value = property.group(3);
            properties.put(property.group(1), switch (type) {
                case "Integer" -> Integer.valueOf(value);
                case "Long" -> Long.valueOf(value);
                case "Boolean" -> Boolean.valueOf(value);
                default -> value;
            });
        }
        return new Description(impl.group(1), List.copyOf(provides), Map.copyOf(properties),
                xml.contains("<reference") || LIFECYCLE.matcher(xml).find());
    }
}
