package org.fullsms.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.fullsms.runtime.ComponentIndex;

/**
 * Prepares the plain class path of {@code ./fullsms} once, for fast starts ({@code java -cp CP
 * org.fullsms.cli.HeadlessClasspath JAR_CACHE INDEX CP}): prints the class path again with each signed jar replaced
 * by a copy without its signature files, made in {@code JAR_CACHE}, and writes the {@link ComponentIndex} of its
 * bundles to {@code INDEX}. On a plain class path the JVM checks the signature of every signed jar it loads a class
 * from (the Eclipse ones are signed), 0.2 s of a 0.45 s start; the classes are the same, and p2 checked the
 * signatures when it installed them. A jar that cannot be copied stays as it is. When a bundle has a component only
 * DS can make (an extension's {@code @Activate} method that takes its {@code BundleContext}), it says so and exits
 * {@value #NEEDS_FRAMEWORK}: the launcher then runs the commands in the OSGi framework, where every component works.
 */
public final class HeadlessClasspath {

    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)",
            Pattern.CASE_INSENSITIVE);

    /** Exit code: a component needs the OSGi framework. */
    static final int NEEDS_FRAMEWORK = 3;

    private HeadlessClasspath() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: HeadlessClasspath JAR_CACHE INDEX CLASS_PATH");
            System.exit(2);
        }
        Path cache = Path.of(args[0]);
        List<Path> entries = new ArrayList<>();
        for (String entry : args[2].split(File.pathSeparator)) {
            entries.add(unsigned(Path.of(entry), cache));
        }
        List<String> frameworkOnly = ComponentIndex.write(entries, Path.of(args[1]));
        if (!frameworkOnly.isEmpty()) {
            System.err.println("needs the OSGi framework: " + String.join(", ", frameworkOnly));
            System.exit(NEEDS_FRAMEWORK);
        }
        System.out.println(String.join(File.pathSeparator, entries.stream().map(Path::toString).toList()));
    }

    /** The jar itself when it is not signed (or not a jar), else its unsigned copy in {@code cache}. */
    static Path unsigned(Path jar, Path cache) {
        if (!Files.isRegularFile(jar)) {
            return jar;
        }
        Path copy = cache.resolve(jar.getFileName());
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (!signed(zip)) {
                return jar;
            }
            if (Files.isRegularFile(copy)) {
                return copy; // jar names carry version and build qualifier: a copy of the same name is this jar
            }
            Files.createDirectories(cache);
            Path tmp = Files.createTempFile(cache, ".copy", ".jar");
            try {
                copyWithoutSignatures(zip, tmp);
                Files.move(tmp, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return copy;
        } catch (IOException e) {
            return jar; // slower to load, but the same classes
        }
    }

    private static boolean signed(ZipFile zip) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            if (SIGNATURE.matcher(entries.nextElement().getName()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static void copyWithoutSignatures(ZipFile zip, Path target) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (SIGNATURE.matcher(e.getName()).matches()) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream in = zip.getInputStream(e)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}
