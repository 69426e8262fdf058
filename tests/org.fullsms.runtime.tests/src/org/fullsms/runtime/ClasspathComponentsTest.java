package org.fullsms.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain class-path launch finds services through the component descriptions the build generates for DS: the
 * descriptions are read as DS would (implementation, provided interfaces, typed properties, references), and an index
 * of a class path's bundles holds exactly the descriptions their manifests name.
 */
class ClasspathComponentsTest {

    private static final String IMPORTER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="org.example.importer">
              <property name="service.ranking" type="Integer" value="10"/>
              <property name="label" value="Example"/>
              <service>
                <provide interface="org.fullsms.spi.PhotonImporter"/>
              </service>
              <implementation class="org.example.ExampleImporter"/>
            </scr:component>
            """;

    private static final String REGISTRY = """
            <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="registry" immediate="true">
              <service><provide interface="org.example.Registry"/></service>
              <reference name="Importer" cardinality="0..n" policy="dynamic" interface="org.fullsms.spi.PhotonImporter"
                bind="addImporter" unbind="removeImporter"/>
              <implementation class="org.example.Registry"/>
            </scr:component>
            """;

    private static final String ACTIVATED = """
            <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="org.example.analysis" activate="activate">
              <service><provide interface="org.fullsms.spi.analysis.AnalysisEngine"/></service>
              <implementation class="org.example.VersionedAnalysis"/>
            </scr:component>
            """;

    @Test
    void aDescriptionIsReadAsDsReadsIt() {
        ClasspathComponents.Description d = ClasspathComponents.parse(IMPORTER);
        assertEquals("org.example.ExampleImporter", d.implementation());
        assertEquals(List.of("org.fullsms.spi.PhotonImporter"), d.provides());
        assertEquals(Map.of("service.ranking", 10, "label", "Example"), d.properties());
        assertFalse(d.needsFramework());
        assertTrue(ClasspathComponents.parse(REGISTRY).needsFramework(), "made by DS only: it needs its references");
        assertTrue(ClasspathComponents.parse(ACTIVATED).needsFramework(), "its activate method may want the bundle");
        assertThrows(IllegalArgumentException.class, () -> ClasspathComponents.parse("<scr:component/>"));
    }

    @Test
    void theIndexHoldsTheDescriptionsTheManifestsName(@TempDir Path dir) throws IOException {
        Path bundle = jar(dir.resolve("bundle.jar"), "OSGI-INF/a.xml, OSGI-INF/b.xml",
                Map.of("OSGI-INF/a.xml", IMPORTER, "OSGI-INF/b.xml", REGISTRY, "OSGI-INF/unlisted.xml", IMPORTER));
        Path plain = jar(dir.resolve("library.jar"), null, Map.of("x/Y.class", "not a component"));
        Path index = dir.resolve("index.txt");
        assertEquals(List.of("org.example.Registry (bundle.jar)"),
                ComponentIndex.write(List.of(bundle, plain, dir.resolve("missing.jar")), index),
                "a plain launch cannot stand in for DS with a component that has references");
        List<String> lines = ComponentIndex.read(index);
        assertEquals(2, lines.size(), lines::toString);
        assertEquals(ClasspathComponents.parse(IMPORTER), ClasspathComponents.parse(lines.get(0)));
        assertEquals(ClasspathComponents.parse(REGISTRY), ClasspathComponents.parse(lines.get(1)));

        Path own = jar(dir.resolve("runtime.jar"), "OSGI-INF/r.xml",
                Map.of("OSGI-INF/r.xml", REGISTRY.replace("org.example.Registry", "org.fullsms.runtime.extensions.X")));
        assertEquals(List.of(), ComponentIndex.write(List.of(own), index), "the plain launch fills its own registries");
        Path activated = jar(dir.resolve("extension.jar"), "OSGI-INF/e.xml", Map.of("OSGI-INF/e.xml", ACTIVATED));
        assertEquals(List.of("org.example.VersionedAnalysis (extension.jar)"),
                ComponentIndex.write(List.of(own, activated), index));
    }

    private static Path jar(Path file, String serviceComponent, Map<String, String> entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (serviceComponent != null) {
            manifest.getMainAttributes().putValue("Service-Component", serviceComponent);
        }
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(e.getKey()));
                jar.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file;
    }
}
