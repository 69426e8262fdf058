/**
 * The user guide inside the workbench: {@code docs/guide.md}, copied into the bundle at build time, parsed from the
 * small Markdown subset it is written in ({@link org.fullsms.ui.help.Guide}, plain Java) and shown by the Help view
 * with a contents list and search; F1 opens it at the section of the active tab or view.
 */
package org.fullsms.ui.help;
