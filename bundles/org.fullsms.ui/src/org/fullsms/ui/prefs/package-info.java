/**
 * Window &gt; Preferences: {@link org.fullsms.ui.prefs.PreferencePageContribution}, the OSGi service through which
 * any bundle adds a page, and the analysis settings (REFERENCE §3.6) persisted in the instance scope, with their
 * built-in pages.
 */
package org.fullsms.ui.prefs;
