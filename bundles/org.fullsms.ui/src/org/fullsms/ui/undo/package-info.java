/**
 * The choices made in the editors (grouping step, ROI) as operations of the workbench's
 * {@link org.eclipse.core.commands.operations.IOperationHistory}, which gives Edit &gt; Undo and Redo.
 */
package org.fullsms.ui.undo;
