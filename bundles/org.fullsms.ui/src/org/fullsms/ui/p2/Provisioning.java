package org.fullsms.ui.p2;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * A p2 agent and the profile it changes: for the product, the agent of the running system and its own profile
 * ({@code eclipse.p2.profile} of config.ini, {@link IProfileRegistry#SELF}); tests pass a temporary agent. Makes
 * the install, update and uninstall operations, each limited to the sites it is given so that what is offered is
 * what gets resolved.
 */
public record Provisioning(IProvisioningAgent agent, String profileId) {

    /**
     * The running product's agent and profile, or empty when Full SMS was not started from an installed product
     * (from the test runtime or an IDE there is no p2 profile to change).
     */
    public static Optional<Provisioning> runningProduct() {
        BundleContext context = FrameworkUtil.getBundle(Provisioning.class).getBundleContext();
        if (context == null) {
            return Optional.empty();
        }
        try {
            Collection<ServiceReference<IProvisioningAgent>> refs = context.getServiceReferences(
                    IProvisioningAgent.class, "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)");
            for (ServiceReference<IProvisioningAgent> ref : refs) {
                IProvisioningAgent agent = context.getService(ref);
                Provisioning self = new Provisioning(agent, IProfileRegistry.SELF);
                if (agent != null && self.profile() != null) {
                    return Optional.of(self);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // the filter above is constant
        }
        return Optional.empty();
    }

    /** The profile, or null when the registry has none of that id. */
    public IProfile profile() {
        IProfileRegistry registry = agent.getService(IProfileRegistry.class);
        return registry == null ? null : registry.getProfile(profileId);
    }

    public IMetadataRepositoryManager metadataRepositories() {
        return agent.getService(IMetadataRepositoryManager.class);
    }

    /** Installs {@code units} (feature groups) with what {@code site} and the installed software provide. */
    public InstallOperation install(Collection<IInstallableUnit> units, URI site) {
        return within(new InstallOperation(new ProvisioningSession(agent), units), List.of(site));
    }

    /** Looks for newer versions of every installed root on {@code sites}. */
    public UpdateOperation updates(List<URI> sites) {
        return within(new UpdateOperation(new ProvisioningSession(agent)), sites);
    }

    /** Removes installed roots; what nothing else needs goes with them. */
    public UninstallOperation uninstall(Collection<IInstallableUnit> roots) {
        return within(new UninstallOperation(new ProvisioningSession(agent), roots), List.of());
    }

    private <T extends ProfileChangeOperation> T within(T operation, List<URI> sites) {
        operation.setProfileId(profileId);
        ProvisioningContext context = new ProvisioningContext(agent);
        URI[] locations = sites.toArray(URI[]::new);
        context.setMetadataRepositories(locations);
        context.setArtifactRepositories(locations);
        operation.setProvisioningContext(context);
        return operation;
    }
}
