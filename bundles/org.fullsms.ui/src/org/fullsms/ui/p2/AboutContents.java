package org.fullsms.ui.p2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.equinox.p2.engine.IProfile;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * What the About box lists: the installed features with their versions, from the product's p2 profile — or, with
 * no profile (tests, an IDE launch), the Full SMS bundles from their manifest headers — and every bundle of the
 * running system with version and licence (its {@code Bundle-License} header, which many Eclipse bundles lack:
 * their licences are in the text of {@code about/licences.txt}).
 */
public final class AboutContents {

    /** A line of a table: name, version, provider or licence, id. */
    public record Row(String name, String version, String other, String id) {
    }

    /** The features or, without a profile, the Full SMS bundles; {@code fromProfile} says which. */
    public record Installed(boolean fromProfile, List<Row> rows) {
    }

    private AboutContents() {
    }

    public static Installed installed(Optional<Provisioning> p2) {
        IProfile profile = p2.map(Provisioning::profile).orElse(null);
        if (profile != null) {
            return new Installed(true, InstalledSoftware.roots(profile).stream()
                    .map(f -> new Row(f.name(), f.version(), f.provider(), f.id())).toList());
        }
        List<Row> rows = new ArrayList<>();
        for (Bundle bundle : runningBundles()) {
            if (bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith("org.fullsms.")) {
                rows.add(new Row(header(bundle, Constants.BUNDLE_NAME), bundle.getVersion().toString(),
                        header(bundle, Constants.BUNDLE_VENDOR), bundle.getSymbolicName()));
            }
        }
        rows.sort(Comparator.comparing(Row::id));
        return new Installed(false, rows);
    }

    /** Every bundle of the running system, by symbolic name. */
    public static List<Row> bundles() {
        List<Row> rows = new ArrayList<>();
        for (Bundle bundle : runningBundles()) {
            // "Apache-2.0;link=https://…": the licence's name is enough here
            String licence = header(bundle, "Bundle-License").replaceAll(";[^,]*", "").replace("\"", "");
            if (bundle.getSymbolicName() != null) {
                rows.add(new Row(header(bundle, Constants.BUNDLE_NAME), bundle.getVersion().toString(), licence,
                        bundle.getSymbolicName()));
            }
        }
        rows.sort(Comparator.comparing(Row::id));
        return rows;
    }

    /** The attribution and the bundled libraries' licences (about/licences.txt of this bundle). */
    public static String licences() {
        try (InputStream in = AboutContents.class.getResourceAsStream("/about/licences.txt")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "Licence list unavailable: " + e.getMessage();
        }
    }

    private static Bundle[] runningBundles() {
        Bundle self = FrameworkUtil.getBundle(AboutContents.class);
        return self == null || self.getBundleContext() == null ? new Bundle[0] : self.getBundleContext().getBundles();
    }

    /** A header in the default locale ({@code %key} resolved), "" when absent. */
    private static String header(Bundle bundle, String name) {
        String value = bundle.getHeaders().get(name);
        return value == null ? "" : value.strip();
    }
}
