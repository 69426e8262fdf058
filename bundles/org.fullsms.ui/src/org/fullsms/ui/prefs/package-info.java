/** Analysis settings (REFERENCE §3.6) persisted in the instance scope, and the dialog that edits them. */
package org.fullsms.ui.prefs;
