package org.fullsms.ui.p2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.operations.Update;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The p2 logic behind the Help menu's software dialogs, against real p2 (agent, planner, engine) in a temporary
 * folder: listing a site by category, installing, finding and applying an update, uninstalling, and what the
 * confirmation says each time.
 */
class ProvisioningTest {

    @TempDir
    Path folder;

    private P2Fixture fixture;
    private Provisioning p2;

    @BeforeEach
    void setUp() throws ProvisionException {
        fixture = new P2Fixture(folder);
        p2 = fixture.provisioning();
    }

    @AfterEach
    void tearDown() {
        fixture.stop();
    }

    @Test
    void siteListsNewestFeaturesByCategoryAndTheRestUnderOther() throws ProvisionException {
        URI site = fixture.site("site1", "1.0.0");
        List<SiteFeatures.Category> categories = SiteFeatures.load(p2.metadataRepositories(), site, null);
        assertEquals(List.of("Tools", SiteFeatures.UNCATEGORIZED), categories.stream().map(c -> c.name()).toList());
        assertEquals(List.of("Alpha", "Core"), categories.get(0).features().stream().map(Feature::name).toList());
        Feature beta = categories.get(1).features().get(0);
        assertEquals("beta", beta.id());
        assertEquals("1.0.0", beta.version());
        assertEquals("Does beta things.", beta.description());
        assertEquals("Fixture", beta.provider());
    }

    @Test
    void missingSiteIsAProvisionException() {
        ProvisionException e = assertThrows(ProvisionException.class,
                () -> SiteFeatures.load(p2.metadataRepositories(), folder.resolve("nothing-here").toUri(), null));
        assertTrue(e.getMessage().contains("nothing-here"), e.getMessage());
    }

    @Test
    void installUpdateUninstallRoundTrip() throws ProvisionException {
        URI site1 = fixture.site("site1", "1.0.0");
        assertTrue(InstalledSoftware.roots(p2.profile()).isEmpty());

        InstallOperation install = p2.install(fixture.features(site1, "alpha", "beta"), site1);
        assertEquals(List.of("Install Alpha 1.0.0", "Install Beta 1.0.0",
                "Bundles and other units: 1 added, 0 updated, 0 removed"), resolveAndDescribe(install));
        apply(install);
        List<Feature> roots = InstalledSoftware.roots(p2.profile());
        assertEquals(List.of("Alpha 1.0.0", "Beta 1.0.0"), roots.stream().map(f -> f.name() + " " + f.version()).toList());
        assertFalse(InstalledSoftware.essential(p2.profile(), roots.get(0)));

        URI site2 = fixture.site("site2", "1.1.0");
        UpdateOperation updates = p2.updates(List.of(site1, site2));
        List<String> updateLines = resolveAndDescribe(updates);
        Update[] found = updates.getSelectedUpdates();
        assertEquals(2, found.length, "Alpha and Beta have newer versions on site2");
        assertTrue(updateLines.contains("Update Alpha 1.0.0 \u2192 1.1.0"), updateLines::toString);
        assertTrue(updateLines.contains("Bundles and other units: 0 added, 1 updated, 0 removed"), updateLines::toString);

        // only Beta, as when the user unticks Alpha in Check for Updates
        Update betaOnly = List.of(found).stream().filter(u -> u.toUpdate.getId().startsWith("beta")).findFirst().get();
        updates.setSelectedUpdates(new Update[] { betaOnly });
        assertEquals(List.of("Update Beta 1.0.0 \u2192 1.1.0"), resolveAndDescribe(updates));
        apply(updates);
        assertEquals(List.of("Alpha 1.0.0", "Beta 1.1.0"), InstalledSoftware.roots(p2.profile()).stream()
                .map(f -> f.name() + " " + f.version()).toList());

        UpdateOperation rest = p2.updates(List.of(site2));
        resolveAndDescribe(rest);
        apply(rest);
        UpdateOperation none = p2.updates(List.of(site2));
        IStatus nothing = none.resolveModal(new NullProgressMonitor());
        assertEquals(UpdateOperation.STATUS_NOTHING_TO_UPDATE, nothing.getCode(), nothing.getMessage());

        Feature beta = InstalledSoftware.roots(p2.profile()).get(1);
        UninstallOperation uninstall = p2.uninstall(List.of(beta.unit()));
        assertEquals(List.of("Uninstall Beta 1.1.0"), resolveAndDescribe(uninstall));
        apply(uninstall);
        assertEquals(List.of("alpha"), InstalledSoftware.roots(p2.profile()).stream().map(Feature::id).toList());
    }

    @Test
    void featureWithTheApplicationBundleIsEssentialAndInstalledVersionIsKnown() throws ProvisionException {
        URI site = fixture.site("site1", "1.0.0");
        List<org.eclipse.equinox.p2.metadata.IInstallableUnit> core = fixture.features(site, "core");
        InstallOperation install = p2.install(core, site);
        resolveAndDescribe(install);
        apply(install);
        Feature installed = InstalledSoftware.roots(p2.profile()).get(0);
        assertTrue(InstalledSoftware.essential(p2.profile(), installed));
        assertEquals("1.0.0", InstalledSoftware.installedVersion(p2.profile(), installed));
    }

    /** The p2 update site of this build, when the build made one: its categories are those of category.xml. */
    @Test
    void builtUpdateSiteListsTheProjectFeatures() throws ProvisionException {
        Path site = Path.of(System.getProperty("user.dir"), "..", "..", "releng", "org.fullsms.repository", "target",
                "repository").normalize();
        Assumptions.assumeTrue(Files.isRegularFile(site.resolve("content.jar")) || Files.isRegularFile(
                site.resolve("content.xml.xz")), "no update site built yet at " + site);
        List<SiteFeatures.Category> categories = SiteFeatures.load(p2.metadataRepositories(), site.toUri(), null);
        assertEquals(List.of("Full SMS", "Full SMS platform runtime"),
                categories.stream().map(SiteFeatures.Category::name).toList());
        assertEquals(List.of("org.fullsms.headless.feature", "org.fullsms.importers.feature", "org.fullsms.ui.feature"),
                categories.get(0).features().stream().map(Feature::id).sorted().toList());
        assertEquals(List.of("org.fullsms.platform.feature"),
                categories.get(1).features().stream().map(Feature::id).toList());
        assertNotEquals("", categories.get(0).features().get(0).description());
    }

    private static List<String> resolveAndDescribe(ProfileChangeOperation operation) {
        IStatus status = operation.resolveModal(new NullProgressMonitor());
        assertTrue(status.getSeverity() < IStatus.ERROR, () -> status + ": " + operation.getResolutionDetails());
        return PlanSummary.lines(operation.getProvisioningPlan());
    }

    private static void apply(ProfileChangeOperation operation) {
        IStatus status = operation.getProvisioningJob(null).runModal(new NullProgressMonitor());
        assertTrue(status.isOK(), status::toString);
    }
}
