package org.fullsms.runtime;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Product-wide facts. */
public final class FullSms {

    private FullSms() {
    }

    /** The product version: this bundle's version, or "development" outside OSGi. */
    public static String version() {
        Bundle bundle = FrameworkUtil.getBundle(FullSms.class);
        return bundle == null ? "development" : bundle.getVersion().toString();
    }
}
