package org.fullsms.ui.recent;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The last {@value #CAPACITY} files opened, most recent first, each once (compared as absolute normalized
 * paths). Immutable; {@link #encode()} and {@link #decode(String)} turn it into the one-line-per-file text kept
 * in the preferences.
 */
public record RecentFiles(List<Path> files) {

    /** How many files the list keeps. */
    public static final int CAPACITY = 8;

    private static final RecentFiles EMPTY = new RecentFiles(List.of());

    public RecentFiles {
        if (files.size() > CAPACITY) {
            throw new IllegalArgumentException("at most " + CAPACITY + " recent files, got " + files.size());
        }
        files = List.copyOf(files);
    }

    public static RecentFiles empty() {
        return EMPTY;
    }

    /** This list after {@code file} was opened: the file first, any older entry of it removed, capped. */
    public RecentFiles opened(Path file) {
        Path key = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(CAPACITY);
        next.add(key);
        for (Path p : files) {
            if (next.size() == CAPACITY) {
                break;
            }
            if (!p.equals(key)) {
                next.add(p);
            }
        }
        return new RecentFiles(next);
    }

    /** One path per line, most recent first. */
    public String encode() {
        return String.join("\n", files.stream().map(Path::toString).toList());
    }

    /**
     * Reads {@link #encode()}'s text. Lines that are blank or not a path on this system (a preference copied from
     * another machine) are skipped; duplicates and entries beyond the capacity are dropped.
     */
    public static RecentFiles decode(String text) {
        List<Path> read = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                read.add(Path.of(line.strip()));
            } catch (InvalidPathException e) {
                // not a path here: skipped, as the comment above says
            }
        }
        RecentFiles list = EMPTY;
        for (int i = read.size() - 1; i >= 0; i--) {
            list = list.opened(read.get(i)); // oldest first, so the first line ends up first
        }
        return list;
    }
}
