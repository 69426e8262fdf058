package org.fullsms.export;

/** Picture formats of plot exports: PNG (pixels at the figure's resolution), SVG and PDF (vectors). */
public enum PlotFormat {
    PNG(".png"), SVG(".svg"), PDF(".pdf");

    private final String extension;

    PlotFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
