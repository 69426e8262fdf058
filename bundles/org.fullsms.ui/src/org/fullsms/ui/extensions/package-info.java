/**
 * The workbench side of the extension API: the Extension Analyses dialog with its settings form generated from an
 * analysis's parameter record, the particle editor's tabs from {@link org.fullsms.spi.ui.ParticleTab} services and
 * the generic tab listing a particle's extension results.
 */
package org.fullsms.ui.extensions;
