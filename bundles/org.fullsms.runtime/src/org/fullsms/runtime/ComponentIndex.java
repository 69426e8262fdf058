package org.fullsms.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The DS component descriptions of a class path's bundles, gathered once into a file, so that a plain launch finds
 * its services without opening every jar (which is most of a short command's start): one description per line, as
 * the bundle has it, line breaks turned into spaces. {@code ./fullsms} writes it beside its cached class path and
 * names it with {@value #PROPERTY}; without it the class path is scanned.
 */
public final class ComponentIndex {

    /** The system property naming the index file. */
    public static final String PROPERTY = "fullsms.componentIndex";

    private ComponentIndex() {
    }

    /**
     * Writes the index of the jars and class folders (atomically: a temporary file moved into place).
     *
     * @return the components only an OSGi framework can make (a plain launch would miss them), e.g. an extension's
     *         analysis that reads its bundle's version in an activate method; empty when a plain launch sees all
     */
    public static List<String> write(List<Path> classpath, Path file) throws IOException {
        List<String> frameworkOnly = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Path entry : classpath) {
            Path manifest = Files.isDirectory(entry) ? entry.resolve("META-INF/MANIFEST.MF") : null;
            URL url = manifest != null ? manifest.toUri().toURL()
                    : URI.create("jar:" + entry.toUri() + "!/META-INF/MANIFEST.MF").toURL();
            if (manifest != null && !Files.isRegularFile(manifest)) {
                continue;
            }
            try {
                for (String xml : ClasspathComponents.descriptionsOf(url)) {
                    lines.add(xml.replaceAll("\\s+", " ").trim());
                    ClasspathComponents.Description d = ClasspathComponents.parse(xml);
                    if (!d.plainLaunchOk()) {
                        frameworkOnly.add(d.implementation() + " (" + entry.getFileName() + ")");
                    }
                }
            } catch (IOException e) {
                // a jar without a manifest (or not a jar) declares no components
            }
        }
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".index", ".tmp");
        try {
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return frameworkOnly;
    }

    /** The descriptions in an index file. */
    static List<String> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }
}
