package org.fullsms.export.plot;

import java.util.List;

/** A titled picture of one or more panels stacked top to bottom over a shared x axis. */
public record Figure(String title, List<Panel> panels) {

    public Figure {
        panels = List.copyOf(panels);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one panel");
        }
    }
}
