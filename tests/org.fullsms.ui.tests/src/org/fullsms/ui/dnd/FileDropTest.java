package org.fullsms.ui.dnd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which dropped files the workbench opens: those matching an installed importer's file patterns. */
class FileDropTest {

    @Test
    void keepsOnlyDataFilesInOrder() {
        String[] dropped = { "/d/b.h5", "/d/notes.txt", "/d/A.HDF5", "/d/c.h5.bak", "/d/x.H5", "/d/scan.ptu",
            "/d/old.PT3", "/d/card.spc", "/d/card.set" };
        assertEquals(List.of(Path.of("/d/b.h5"), Path.of("/d/A.HDF5"), Path.of("/d/x.H5"), Path.of("/d/scan.ptu"),
                Path.of("/d/old.PT3"), Path.of("/d/card.spc")), FileDrop.dataFiles(dropped));
    }

    @Test
    void nothingToOpen() {
        assertEquals(List.of(), FileDrop.dataFiles(new String[] { "/d/readme.md" }));
    }
}
