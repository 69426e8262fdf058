/** The workbench's undo stack for choices made in the editors. */
package org.fullsms.ui.undo;
