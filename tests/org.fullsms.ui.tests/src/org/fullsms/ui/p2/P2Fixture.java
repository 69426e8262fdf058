package org.fullsms.ui.p2;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.IUpdateDescriptor;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * A private p2 world in a temporary folder: an agent, an empty profile and update sites written with p2's own
 * repository manager. The features are metadata only (no artifacts to copy), so installs are quick, but the
 * planner and engine do the real work: requirements, versions, roots, profile changes.
 */
public final class P2Fixture {

    /** Profile id of the fixture. */
    public static final String PROFILE = "FixtureProfile";

    private final Path folder;
    private final IProvisioningAgent agent;

    public P2Fixture(Path folder) throws ProvisionException {
        this.folder = folder;
        BundleContext context = FrameworkUtil.getBundle(P2Fixture.class).getBundleContext();
        ServiceReference<IProvisioningAgentProvider> ref = context.getServiceReference(IProvisioningAgentProvider.class);
        if (ref == null) {
            throw new IllegalStateException("no p2 agent provider in the test runtime");
        }
        agent = context.getService(ref).createAgent(folder.resolve("p2").toUri());
        String install = folder.resolve("install").toString();
        agent.getService(IProfileRegistry.class).addProfile(PROFILE, Map.of(IProfile.PROP_INSTALL_FOLDER, install,
                IProfile.PROP_CACHE, install, IProfile.PROP_ENVIRONMENTS, "osgi.os=linux,osgi.ws=gtk,osgi.arch=x86_64"));
    }

    public Provisioning provisioning() {
        return new Provisioning(agent, PROFILE);
    }

    public void stop() {
        agent.stop();
    }

    /**
     * Writes a site: {@code version} of features Alpha (in category "Tools", with a bundle of the same version),
     * Beta (in no category) and Core (category "Tools"; includes the bundle {@code org.fullsms.app}, so it counts
     * as part of the workbench).
     */
    public URI site(String name, String version) throws ProvisionException {
        URI location = folder.resolve(name).toUri();
        IMetadataRepository site = agent.getService(IMetadataRepositoryManager.class).createRepository(location, name,
                IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
        Version v = Version.create(version);
        IInstallableUnit alphaBundle = unit("alpha.bundle", v, Map.of());
        IInstallableUnit appBundle = unit("org.fullsms.app", v, Map.of());
        IInstallableUnit alpha = unit("alpha.feature.group", v, group("Alpha", "Does alpha things."), alphaBundle);
        IInstallableUnit beta = unit("beta.feature.group", v, group("Beta", "Does beta things."));
        IInstallableUnit core = unit("core.feature.group", v, group("Core", "The workbench."), appBundle);
        IInstallableUnit tools = unit(name + ".tools", v,
                Map.of(QueryUtil.PROP_TYPE_CATEGORY, "true", IInstallableUnit.PROP_NAME, "Tools"), alpha, core);
        site.addInstallableUnits(List.of(alphaBundle, appBundle, alpha, beta, core, tools));
        return location;
    }

    private static Map<String, String> group(String name, String description) {
        return Map.of(QueryUtil.PROP_TYPE_GROUP, "true", IInstallableUnit.PROP_NAME, name,
                IInstallableUnit.PROP_DESCRIPTION, description, IInstallableUnit.PROP_PROVIDER, "Fixture");
    }

    /** A unit that requires exactly the given units (as a feature group requires its bundles). */
    private static IInstallableUnit unit(String id, Version version, Map<String, String> properties,
            IInstallableUnit... requires) {
        InstallableUnitDescription description = new InstallableUnitDescription();
        description.setId(id);
        description.setVersion(version);
        properties.forEach(description::setProperty);
        // as Tycho publishes them: any lower version of the same id is updated to this one
        description.setUpdateDescriptor(MetadataFactory.createUpdateDescriptor(id,
                new VersionRange(Version.emptyVersion, true, version, false), IUpdateDescriptor.NORMAL, null));
        description.setCapabilities(new IProvidedCapability[] {
                MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, id, version) });
        List<IRequirement> requirements = new ArrayList<>();
        for (IInstallableUnit required : requires) {
            requirements.add(MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID, required.getId(),
                    new VersionRange(required.getVersion(), true, required.getVersion(), true), null, false, false));
        }
        description.setRequirements(requirements.toArray(IRequirement[]::new));
        return MetadataFactory.createInstallableUnit(description);
    }

    /** The features of {@code site} with these ids, as a site lists them. */
    public List<IInstallableUnit> features(URI site, String... ids) throws ProvisionException {
        List<IInstallableUnit> units = new ArrayList<>();
        for (SiteFeatures.Category category : SiteFeatures.load(provisioning().metadataRepositories(), site, null)) {
            for (Feature feature : category.features()) {
                if (List.of(ids).contains(feature.id())) {
                    units.add(feature.unit());
                }
            }
        }
        return units;
    }
}
