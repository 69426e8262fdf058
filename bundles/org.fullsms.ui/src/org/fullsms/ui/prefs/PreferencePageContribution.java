package org.fullsms.ui.prefs;

import org.eclipse.jface.preference.IPreferencePage;

/**
 * A page of Window &gt; Preferences. Register an implementation as an OSGi service (a DS component) and its page
 * appears in the dialog, sorted by label among its siblings; the built-in analysis pages come the same way. The
 * page stores its values in {@link IPreferencePage#performOk()}, e.g. in the instance scope of its bundle.
 */
public interface PreferencePageContribution {

    /** Unique id, also what other pages name as their parent: API, never renamed. */
    String id();

    /** The page's name in the dialog's tree. */
    String label();

    /** The id of the page this one is listed under, or null (the default) for a top-level page. */
    default String parentId() {
        return null;
    }

    /** A new page, each time the dialog shows it first. */
    IPreferencePage createPage();
}
