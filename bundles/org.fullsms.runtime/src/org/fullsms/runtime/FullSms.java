package org.fullsms.runtime;

/** Product-wide facts. */
public final class FullSms {

    private FullSms() {
    }

    /** The product version: this bundle's version, or "development" when it runs from class folders. */
    public static String version() {
        return BundleOrigin.of(FullSms.class).map(BundleOrigin::version).orElse("development");
    }
}
