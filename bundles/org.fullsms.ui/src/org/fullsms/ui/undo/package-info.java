/**
 * The choices made in the editors (grouping step, ROI), Reset Analysis, Set Decay Start and the Filtering view's
 * normalisation as operations of the workbench's
 * {@link org.eclipse.core.commands.operations.IOperationHistory}, which gives Edit &gt; Undo and Redo.
 */
package org.fullsms.ui.undo;
