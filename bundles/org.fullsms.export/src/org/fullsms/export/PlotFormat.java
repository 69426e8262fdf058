package org.fullsms.export;

/** Picture formats of plot exports. */
public enum PlotFormat {
    PNG(".png"), SVG(".svg");

    private final String extension;

    PlotFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
