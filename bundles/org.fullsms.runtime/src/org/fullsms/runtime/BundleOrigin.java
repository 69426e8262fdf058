package org.fullsms.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The bundle a class comes from, by symbolic name and version: what p2 installed. In OSGi the framework says; on a
 * plain class path (the command line's fast launch) the manifest of the class's jar does.
 *
 * @param symbolicName e.g. {@code org.fullsms.runtime}
 * @param version      e.g. {@code 0.1.0.202612041500}
 */
public record BundleOrigin(String symbolicName, String version) {

    /** The bundle of {@code type}; empty when it runs from class folders or a jar that is no bundle. */
    public static Optional<BundleOrigin> of(Class<?> type) {
        if (Services.inOsgi()) {
            Bundle bundle = FrameworkUtil.getBundle(type);
            return bundle == null ? Optional.empty()
                    : Optional.of(new BundleOrigin(bundle.getSymbolicName(), bundle.getVersion().toString()));
        }
        URL self = type.getResource(type.getSimpleName() + ".class");
        if (self == null || !"jar".equals(self.getProtocol())) {
            return Optional.empty();
        }
        String jar = self.toString();
        URI manifest = URI.create(jar.substring(0, jar.indexOf("!/") + 2) + "META-INF/MANIFEST.MF");
        try (InputStream in = manifest.toURL().openStream()) {
            Attributes main = new Manifest(in).getMainAttributes();
            String name = main.getValue("Bundle-SymbolicName");
            String version = main.getValue("Bundle-Version");
            if (name == null || version == null) {
                return Optional.empty();
            }
            int directives = name.indexOf(';');
            return Optional.of(new BundleOrigin((directives < 0 ? name : name.substring(0, directives)).trim(),
                    version.trim()));
        } catch (IOException e) {
            return Optional.empty(); // a jar without a readable manifest: nothing to tell
        }
    }
}
