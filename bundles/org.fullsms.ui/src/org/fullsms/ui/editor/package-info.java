/**
 * The particle editor (one per particle) and its tabs: intensity, lifetime, grouping (BIC) and correlation.
 * Tabs compute what they draw in background jobs and redraw on state events.
 */
package org.fullsms.ui.editor;
