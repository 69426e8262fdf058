/** The workbench side of session files: save, open, autosave and recovery through {@code org.fullsms.session}. */
package org.fullsms.ui.session;
