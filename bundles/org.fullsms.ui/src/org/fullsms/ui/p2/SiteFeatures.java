package org.fullsms.ui.p2;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.IQuery;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

/**
 * The installable features of an update site, grouped by the site's categories (category.xml) as Install New
 * Software lists them; only the newest version of each feature, and no products. A feature in no category is listed under
 * {@value #UNCATEGORIZED}, so a plain site without categories still shows everything.
 */
public final class SiteFeatures {

    /** Heading of the features that no category names. */
    public static final String UNCATEGORIZED = "Other";

    /** One category of a site and its features, sorted by name. */
    public record Category(String name, String description, List<Feature> features) {
    }

    private SiteFeatures() {
    }

    /**
     * Loads the site's metadata (the agent then remembers the site, as p2's own dialog does, so Check for Updates
     * looks there too) and lists its features.
     *
     * @throws ProvisionException when there is no readable p2 site at {@code site}
     */
    public static List<Category> load(IMetadataRepositoryManager manager, URI site, IProgressMonitor monitor)
            throws ProvisionException {
        SubMonitor sub = SubMonitor.convert(monitor, "Reading " + site, 3);
        IMetadataRepository repository = manager.loadRepository(site, sub.split(2));
        return list(repository, sub.split(1));
    }

    static List<Category> list(IMetadataRepository repository, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, 3);
        Set<IInstallableUnit> allGroups = repository.query(QueryUtil.createIUGroupQuery(), sub.split(1))
                .toUnmodifiableSet();
        IQuery<IInstallableUnit> latestGroups = QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery());
        // a product (org.fullsms.product) is a group too, but it is what is running, not something to add to it
        Set<IInstallableUnit> features = repository.query(latestGroups, sub.split(1)).stream()
                .filter(unit -> !QueryUtil.isProduct(unit)).collect(Collectors.toUnmodifiableSet());
        Set<IInstallableUnit> categories = repository
                .query(QueryUtil.createLatestQuery(QueryUtil.createIUCategoryQuery()), sub.split(1))
                .toUnmodifiableSet();
        List<Category> result = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (IInstallableUnit category : categories) {
            // a category names exact versions; the newest version of a feature it names belongs to it too
            Set<String> memberIds = new HashSet<>();
            for (IInstallableUnit group : allGroups) {
                if (category.getRequirements().stream().anyMatch(r -> r.isMatch(group))) {
                    memberIds.add(group.getId());
                }
            }
            List<Feature> members = new ArrayList<>(
                    features.stream().filter(f -> memberIds.contains(f.getId())).map(Feature::of).toList());
            if (!members.isEmpty()) {
                Feature shown = Feature.of(category);
                result.add(new Category(shown.name(), shown.description(), sorted(members)));
                placed.addAll(memberIds);
            }
        }
        result.sort(Comparator.comparing(Category::name, String.CASE_INSENSITIVE_ORDER));
        List<Feature> rest = new ArrayList<>(
                features.stream().filter(f -> !placed.contains(f.getId())).map(Feature::of).toList());
        if (!rest.isEmpty()) {
            result.add(new Category(UNCATEGORIZED, "", sorted(rest)));
        }
        return result;
    }

    private static List<Feature> sorted(List<Feature> features) {
        features.sort(Comparator.comparing(Feature::name, String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(features);
    }
}
