/** Opening files by dropping them (SWT {@code FileTransfer}) on the Particles navigator or the editor area. */
package org.fullsms.ui.dnd;
