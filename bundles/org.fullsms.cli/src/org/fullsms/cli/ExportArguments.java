package org.fullsms.cli;

import java.util.List;
import java.util.Set;

import org.fullsms.runtime.export.ExportSettings;

/** The export options {@code fullsms analyze --export DIR} and {@code fullsms export --out DIR} share. */
final class ExportArguments {

    /** The options that take a value, besides the folder's. */
    static final Set<String> VALUED = Set.of("format", "plots");
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
        String format = choice(o, dirOption, "format", "csv", "csv", "parquet", "both");
        String plots = choice(o, dirOption, "plots", null, "png", "svg");
        return o.has(dirOption) ? new ExportSettings(o.path(dirOption), format, plots, o.has("overwrite")) : null;
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
