/**
 * The choices made in the editors (grouping step, ROI) and Reset Analysis and Set Decay Start as operations of the workbench's
 * {@link org.eclipse.core.commands.operations.IOperationHistory}, which gives Edit &gt; Undo and Redo.
 */
package org.fullsms.ui.undo;
