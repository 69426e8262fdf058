package org.fullsms.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The OSGi services other bundles register for an extension point of the runtime (commands, benchmarks, the
 * session archive): the runtime cannot depend on those bundles, so it finds them at run time. Outside OSGi (the
 * command line's plain class-path launch, batch engines) they are the DS components of the class path's bundles.
 */
public final class Services {

    private static final boolean IN_OSGI = isBundleReference(Services.class.getClassLoader());

    private Services() {
    }

    /**
     * Whether this runs in an OSGi framework (else on a plain class path). Decided by the class loader's type, by
     * name: loading the OSGi API to ask would cost a plain launch a signature check of the framework's jar.
     */
    public static boolean inOsgi() {
        return IN_OSGI;
    }

    private static boolean isBundleReference(ClassLoader loader) {
        for (Class<?> c = loader == null ? null : loader.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (i.getName().equals("org.osgi.framework.BundleReference")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Services of {@code type} as DS would register them outside OSGi, each with its properties (ranking). */
    public static <T> Map<T, Map<String, Object>> onClasspath(Class<T> type) {
        Map<T, Map<String, Object>> services = new LinkedHashMap<>();
        for (T service : ClasspathComponents.all(type)) {
            services.put(service, ClasspathComponents.properties(service));
        }
        return services;
    }

    /** What could not be loaded outside OSGi, one line each (empty in OSGi, where DS logs it). */
    public static List<String> classpathProblems() {
        return inOsgi() ? List.of() : ClasspathComponents.problems();
    }

    /** Every registered service of {@code type}, highest ranking first (then oldest first). */
    public static <T> List<T> all(Class<T> type) {
        if (!IN_OSGI) {
            return ClasspathComponents.all(type);
        }
        Bundle bundle = FrameworkUtil.getBundle(Services.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return List.of();
        }
        try {
            @SuppressWarnings("unchecked")
            ServiceReference<T>[] refs = context.getServiceReferences(type, null).toArray(ServiceReference[]::new);
            // References compare by ranking, then by age: the natural order puts the preferred one last.
            Arrays.sort(refs);
            List<T> services = new ArrayList<>();
            for (int i = refs.length - 1; i >= 0; i--) {
                T service = context.getService(refs[i]);
                if (service != null) {
                    services.add(service);
                }
            }
            return services;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // a null filter is always valid
        }
    }
}
