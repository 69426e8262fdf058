package org.fullsms.api.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The extension API's compatibility check (the build's API baseline): the public surface of every exported package
 * of {@code org.fullsms.spi}, {@code org.fullsms.spi.ui} and {@code org.fullsms.model} (the data an importer builds
 * and an analysis reads) is compared with the released one recorded in
 * {@code api/baseline.txt}, under semantic versioning of the packages:
 * <ul>
 * <li>a removed or changed signature needs a new major package version (extensions built against the old one
 * would break);</li>
 * <li>an added signature needs a new minor package version;</li>
 * <li>an unchanged surface must keep its version.</li>
 * </ul>
 * On a failure, the current listing is written to {@code target/api-current.txt}: after raising the versions,
 * make it the new baseline when the release is made.
 */
class ApiBaselineTest {

    private static final List<String> API_BUNDLES = List.of("org.fullsms.model", "org.fullsms.spi",
            "org.fullsms.spi.ui");

    @Test
    void theApiChangesOnlyWithTheRightPackageVersions() throws Exception {
        Map<String, Baseline> baseline = readBaseline();
        StringBuilder current = new StringBuilder();
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : apiBundles()) {
            for (Map.Entry<String, Version> export : exports(bundle).entrySet()) {
                String pkg = export.getKey();
                Version version = export.getValue();
                TreeSet<String> now = ApiSignatures.of(bundle, pkg);
                current.append("package ").append(pkg).append(' ').append(version).append('\n');
                now.forEach(line -> current.append("  ").append(line).append('\n'));
                Baseline released = baseline.get(pkg);
                if (released == null) {
                    problems.add(pkg + " " + version + " is exported but not in the baseline (new API: add it)");
                    continue;
                }
                problems.addAll(compare(pkg, released, now, version));
            }
        }
        baseline.keySet().stream().filter(pkg -> current.indexOf("package " + pkg + " ") < 0).forEach(pkg -> problems
                .add(pkg + " was removed from the API: only a new major version of the bundle may do that"));
        if (!problems.isEmpty()) {
            Path listing = Path.of("target", "api-current.txt");
            Files.createDirectories(listing.getParent());
            Files.writeString(listing, current, StandardCharsets.UTF_8);
            fail(String.join("\n", problems) + "\n(current API listing: " + listing.toAbsolutePath() + ")");
        }
    }

    static List<String> compare(String pkg, Baseline released, TreeSet<String> now, Version version) {
        List<String> problems = new ArrayList<>();
        TreeSet<String> removed = new TreeSet<>(released.lines());
        removed.removeAll(now);
        TreeSet<String> added = new TreeSet<>(now);
        added.removeAll(released.lines());
        Version was = released.version();
        if (!removed.isEmpty() && version.getMajor() <= was.getMajor()) {
            problems.add(pkg + ": incompatible change (extensions built against " + was + " would break) needs major "
                    + "version " + (was.getMajor() + 1) + ".0.0, the package says " + version + "; removed or changed: "
                    + removed);
        }
        if (removed.isEmpty() && !added.isEmpty() && version.getMajor() == was.getMajor()
                && version.getMinor() <= was.getMinor()) {
            problems.add(pkg + ": new API needs minor version " + was.getMajor() + "." + (was.getMinor() + 1)
                    + ".0, the package says " + version + "; added: " + added);
        }
        if (removed.isEmpty() && added.isEmpty() && !version.equals(was)) {
            problems.add(pkg + ": the API is unchanged since " + was + " but the package says " + version);
        }
        return problems;
    }

    record Baseline(Version version, TreeSet<String> lines) {
    }

    private static Map<String, Baseline> readBaseline() throws IOException {
        URL url = FrameworkUtil.getBundle(ApiBaselineTest.class).getEntry("api/baseline.txt");
        if (url == null) {
            throw new IOException("api/baseline.txt is missing from " + ApiBaselineTest.class.getName());
        }
        Map<String, Baseline> packages = new LinkedHashMap<>();
        String pkg = null;
        try (InputStream in = url.openStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("package ")) {
                    String[] parts = line.split(" ");
                    pkg = parts[1];
                    packages.put(pkg, new Baseline(Version.parseVersion(parts[2]), new TreeSet<>()));
                } else if (line.startsWith("  ") && pkg != null) {
                    packages.get(pkg).lines().add(line.substring(2));
                }
            }
        }
        return packages;
    }

    private static List<Bundle> apiBundles() {
        List<Bundle> bundles = new ArrayList<>();
        for (Bundle b : FrameworkUtil.getBundle(ApiBaselineTest.class).getBundleContext().getBundles()) {
            if (API_BUNDLES.contains(b.getSymbolicName())) {
                bundles.add(b);
            }
        }
        if (bundles.size() != API_BUNDLES.size()) {
            fail("the API bundles " + API_BUNDLES + " are not all installed: " + bundles);
        }
        return bundles;
    }

    /** The bundle's exported packages with their versions, from its wiring. */
    private static Map<String, Version> exports(Bundle bundle) {
        Map<String, Version> exports = new LinkedHashMap<>();
        for (BundleCapability c : bundle.adapt(BundleRevision.class).getDeclaredCapabilities(
                BundleRevision.PACKAGE_NAMESPACE)) {
            exports.put((String) c.getAttributes().get(BundleRevision.PACKAGE_NAMESPACE),
                    (Version) c.getAttributes().get("version"));
        }
        return exports;
    }
}
