package org.fullsms.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The OSGi services other bundles register for an extension point of the runtime (commands, benchmarks, the
 * session archive): the runtime cannot depend on those bundles, so it finds them at run time. Outside OSGi
 * (plain unit tests) there are none.
 */
public final class Services {

    private Services() {
    }

    /** Every registered service of {@code type}, highest ranking first (then oldest first). */
    public static <T> List<T> all(Class<T> type) {
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
