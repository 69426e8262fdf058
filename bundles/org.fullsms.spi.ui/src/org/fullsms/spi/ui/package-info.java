/**
 * Workbench part of the extension API: tabs of the particle editor ({@link org.fullsms.spi.ui.ParticleTab}).
 *
 * @since 1.0
 */
package org.fullsms.spi.ui;
