package org.fullsms.ui.p2;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.fullsms.ui.prefs.UiPreferences;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Where Full SMS looks for software: the project's own update site, preconfigured, and any site the user typed in.
 * <p>
 * The project's site is preference {@value #KEY} of node {@code org.fullsms.ui}. Its default comes from the system
 * property {@value #PROPERTY} when set — {@code ./fullsms} sets it to the update site built beside the product in
 * the same checkout ({@code releng/org.fullsms.repository/target/repository}) — else from the default scope, where
 * a released product puts the https address of its published site ({@code plugin_customization.ini}). A site
 * edited in Install New Software is kept in the instance scope (the workspace) and wins over the default.
 */
public final class UpdateSites {

    /** Preference key of the project's update site. */
    public static final String KEY = "p2.updateSite";

    /** System property naming the default update site (a URL, or a folder). */
    public static final String PROPERTY = "fullsms.updateSite";

    private UpdateSites() {
    }

    /** The project's update site as configured, or "" when none is known. */
    public static String configured() {
        String stored = InstanceScope.INSTANCE.getNode(UiPreferences.NODE).get(KEY, "");
        return stored.isBlank() ? defaultSite() : stored;
    }

    /** The preconfigured site, "" when there is none. */
    public static String defaultSite() {
        String property = System.getProperty(PROPERTY, "");
        if (!property.isBlank()) {
            return property.strip();
        }
        return DefaultScope.INSTANCE.getNode(UiPreferences.NODE).get(KEY, "").strip();
    }

    /** Keeps {@code site} as the project's site; the default again when it is the default or blank. */
    public static void remember(String site) throws BackingStoreException {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(UiPreferences.NODE);
        if (site.isBlank() || site.strip().equals(defaultSite())) {
            node.remove(KEY);
        } else {
            node.put(KEY, site.strip());
        }
        node.flush();
    }

    /**
     * The sites to offer and to search for updates: the configured one first, then every remote or local site the
     * agent knows (the product's own install folder is not a site to install from).
     */
    public static List<URI> known(IMetadataRepositoryManager manager) {
        Set<URI> sites = new LinkedHashSet<>();
        String configured = configured();
        if (!configured.isBlank()) {
            try {
                sites.add(toUri(configured));
            } catch (URISyntaxException e) {
                // a malformed stored address is shown as typed in the dialog, which reports it when used
            }
        }
        if (manager != null) {
            sites.addAll(List.of(manager.getKnownRepositories(IRepositoryManager.REPOSITORIES_NON_SYSTEM)));
        }
        return new ArrayList<>(sites);
    }

    /**
     * An address as typed: a URL ({@code https:}, {@code file:}, {@code jar:file:…!/}) or a folder path, which
     * becomes a {@code file:} URL.
     *
     * @throws URISyntaxException when it is neither
     */
    public static URI toUri(String text) throws URISyntaxException {
        String s = text.strip();
        if (s.isEmpty()) {
            throw new URISyntaxException(text, "no address given");
        }
        if (s.startsWith("/") || s.startsWith("~/")) {
            String path = s.startsWith("~/") ? System.getProperty("user.home") + s.substring(1) : s;
            return Path.of(path).toAbsolutePath().normalize().toUri();
        }
        URI uri = new URI(s);
        if (uri.getScheme() == null) {
            throw new URISyntaxException(text, "not a URL (https:…, file:…) nor an absolute folder");
        }
        return uri;
    }
}
