package org.fullsms.ui.recent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The recent-files list: most recent first, each file once, at most eight, and its preference text. */
class RecentFilesTest {

    private static Path file(String name) {
        return Path.of("/data", name).toAbsolutePath().normalize();
    }

    @Test
    void newestFirst() {
        RecentFiles list = RecentFiles.empty().opened(file("a.h5")).opened(file("b.h5")).opened(file("c.h5"));
        assertEquals(List.of(file("c.h5"), file("b.h5"), file("a.h5")), list.files());
    }

    @Test
    void reopeningMovesToFrontWithoutDuplicate() {
        RecentFiles list = RecentFiles.empty().opened(file("a.h5")).opened(file("b.h5"))
                .opened(Path.of("/data/x/../a.h5")); // the same file by another spelling
        assertEquals(List.of(file("a.h5"), file("b.h5")), list.files());
    }

    @Test
    void keepsTheLastEight() {
        RecentFiles list = RecentFiles.empty();
        for (int i = 1; i <= 11; i++) {
            list = list.opened(file(i + ".h5"));
        }
        List<Path> expected = new ArrayList<>();
        for (int i = 11; i >= 4; i--) {
            expected.add(file(i + ".h5"));
        }
        assertEquals(expected, list.files());
        assertEquals(RecentFiles.CAPACITY, list.files().size());
    }

    @Test
    void reopeningWhenFullDropsOnlyTheDuplicate() {
        RecentFiles list = RecentFiles.empty();
        for (int i = 1; i <= 8; i++) {
            list = list.opened(file(i + ".h5"));
        }
        list = list.opened(file("1.h5"));
        assertEquals(8, list.files().size());
        assertEquals(file("1.h5"), list.files().get(0));
        assertEquals(file("2.h5"), list.files().get(7));
    }

    @Test
    void encodeDecodeRoundTrip() {
        RecentFiles list = RecentFiles.empty().opened(file("a b.h5")).opened(file("c.hdf5"));
        assertEquals(list, RecentFiles.decode(list.encode()));
        assertEquals(RecentFiles.empty(), RecentFiles.decode(""));
    }

    @Test
    void decodeSkipsBlankLinesDuplicatesAndExtras() {
        StringBuilder text = new StringBuilder("\n" + file("a.h5") + "\n\n" + file("a.h5") + "\n");
        for (int i = 0; i < 10; i++) {
            text.append(file(i + ".h5")).append('\n');
        }
        RecentFiles list = RecentFiles.decode(text.toString());
        assertEquals(8, list.files().size());
        assertEquals(file("a.h5"), list.files().get(0));
        assertEquals(file("6.h5"), list.files().get(7));
    }

    @Test
    void rejectsMoreThanEight() {
        List<Path> nine = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add(file(i + ".h5"));
        }
        assertThrows(IllegalArgumentException.class, () -> new RecentFiles(nine));
    }
}
