package org.fullsms.cli;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.export.plot.FigureSize;
import org.fullsms.runtime.export.ExportSettings;
import org.fullsms.runtime.export.ExportWiring;

/** The export options {@code fullsms analyze --export DIR} and {@code fullsms export --out DIR} share. */
final class ExportArguments {

    /** The options that take a value, besides the folder's. */
    static final Set<String> VALUED = Set.of("format", "plots", "exporters", "figure-size", "dpi", "font-size",
            "intensity-unit");
    /** The flags. */
    static final Set<String> FLAGS = Set.of("overwrite");

    private ExportArguments() {
    }

    /**
     * @param dirOption the option naming the folder ({@code export} or {@code out})
     * @return the settings, or null when {@code --dirOption} is not given
     * @throws CliException when a value is not allowed, or format/plots are given without the folder
     */
    static ExportSettings parse(Options o, String dirOption) throws CliException {
        String format = choice(o, dirOption, "format", "csv", "csv", "parquet", "both", "none");
        String plots = choice(o, dirOption, "plots", null, "png", "svg", "pdf");
        List<String> exporters = exporters(o, dirOption);
        FigureSize figure = figure(o, dirOption);
        return o.has(dirOption) ? new ExportSettings(o.path(dirOption), format, plots, o.has("overwrite"), exporters,
                figure, intensityUnit(o)) : null;
    }

    /** {@code --intensity-unit cps|kcps|bin}: the unit of every intensity written (counts per second by default). */
    static IntensityUnit intensityUnit(Options o) throws CliException {
        try {
            return IntensityUnit.ofKey(o.string("intensity-unit", IntensityUnit.COUNTS_PER_SECOND.key()));
        } catch (IllegalArgumentException e) {
            throw new CliException("--intensity-unit: " + e.getMessage(), e);
        }
    }

    /**
     * {@code --figure-size WxH} (millimetres), {@code --dpi N}, {@code --font-size PT}: the plots' printed size; a
     * one-column journal figure (85x60 mm, 300 dpi, 8 pt) by default.
     */
    private static FigureSize figure(Options o, String dirOption) throws CliException {
        FigureSize d = FigureSize.JOURNAL_COLUMN;
        for (String option : List.of("figure-size", "dpi", "font-size")) {
            if (o.has(option) && !o.has("plots")) {
                throw new CliException("--" + option + " needs --plots png|svg|pdf (and --" + dirOption + " DIR)");
            }
        }
        double width = d.widthMm();
        double height = d.heightMm();
        if (o.has("figure-size")) {
            String text = o.string("figure-size", "");
            String[] parts = text.toLowerCase(java.util.Locale.ROOT).replace("mm", "").split("x");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                width = Double.parseDouble(parts[0].trim());
                height = Double.parseDouble(parts[1].trim());
            } catch (NumberFormatException e) {
                throw new CliException("--figure-size takes WIDTHxHEIGHT in millimetres, e.g. 85x60; got '" + text
                        + "'");
            }
        }
        try {
            return new FigureSize(width, height, o.integer("dpi", d.dpi(), 50, 2400),
                    o.number("font-size", d.fontPt(), 4, 48));
        } catch (IllegalArgumentException e) {
            throw new CliException("--figure-size, --dpi, --font-size: " + e.getMessage(), e);
        }
    }

    /** {@code --exporters ID,ID}: installed exporters of extensions, checked before any work. */
    private static List<String> exporters(Options o, String dirOption) throws CliException {
        if (!o.has("exporters")) {
            return List.of();
        }
        if (!o.has(dirOption)) {
            throw new CliException("--exporters needs --" + dirOption + " DIR");
        }
        List<String> ids = List.of(o.string("exporters", "").split(",")).stream().map(String::trim)
                .filter(id -> !id.isEmpty()).toList();
        try {
            ExportWiring.exporters(ids);
        } catch (IOException e) {
            throw new CliException("--exporters: " + e.getMessage(), e);
        }
        return ids;
    }

    private static String choice(Options o, String dirOption, String name, String fallback, String... allowed)
            throws CliException {
        String value = o.string(name, fallback);
        if (value != null && !List.of(allowed).contains(value)) {
            throw new CliException("--" + name + " takes " + String.join(", ", allowed) + "; got '" + value + "'");
        }
        if (o.has(name) && !o.has(dirOption)) {
            throw new CliException("--" + name + " needs --" + dirOption + " DIR");
        }
        return value;
    }
}
