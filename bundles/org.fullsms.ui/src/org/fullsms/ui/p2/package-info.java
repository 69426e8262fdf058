/**
 * Installing, updating and uninstalling features of the running product with p2 (Help &gt; Install New Software,
 * Check for Updates, Installed Software) and the About box. The official p2 UI needs the 3.x workbench, which this
 * e4 product does not have, so these are our own dialogs on top of {@code org.eclipse.equinox.p2.operations}.
 * The p2 logic ({@link org.fullsms.ui.p2.Provisioning}, {@link org.fullsms.ui.p2.SiteFeatures},
 * {@link org.fullsms.ui.p2.InstalledSoftware}, {@link org.fullsms.ui.p2.PlanSummary}) has no SWT in it; the
 * dialogs only show its results and run it in jobs.
 */
package org.fullsms.ui.p2;
