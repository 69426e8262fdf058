package org.fullsms.ui.dnd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.fullsms.runtime.Importers;

/**
 * Makes a control accept files dropped from the desktop's file manager: the Full SMS HDF5 files among them
 * ({@code .h5}, {@code .hdf5}) go to a consumer (the {@code DatasetOpener}), other files are ignored. Children of
 * the control without a drop target of their own accept drops too (the toolkits look for the nearest ancestor).
 */
public final class FileDrop {

    private FileDrop() {
    }

    /** Adds the drop target, unless the control already has one (SWT allows one per control). */
    public static void install(Control control, Consumer<List<Path>> open) {
        if (control.isDisposed() || control.getData(DND.DROP_TARGET_KEY) != null) {
            return;
        }
        DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_LINK | DND.DROP_DEFAULT);
        target.setTransfer(new Transfer[] { FileTransfer.getInstance() });
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                // The files are opened, never moved: ask the source for a copy whenever it offers one.
                if (event.detail == DND.DROP_DEFAULT || event.detail == DND.DROP_MOVE) {
                    event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
                }
            }

            @Override
            public void drop(DropTargetEvent event) {
                List<Path> files = event.data instanceof String[] names ? dataFiles(names) : List.of();
                if (!files.isEmpty()) {
                    open.accept(files);
                }
            }
        });
    }

    /** The data files among dropped file names (by the installed importers' patterns), in their order. */
    public static List<Path> dataFiles(String[] names) {
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            Path file = Path.of(name);
            if (Importers.matchesPattern(file)) {
                files.add(file);
            }
        }
        return files;
    }
}
