package org.fullsms.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses {@code --name value}, {@code --name=value} and {@code --flag} options and positional arguments against
 * the sets of names a command accepts. Unknown options and missing values are {@link CliException}s.
 */
public final class Options {

    private final Map<String, String> values = new LinkedHashMap<>();
    /** Every value of options given more than once (e.g. {@code --analysis A --analysis B}), in order. */
    private final Map<String, List<String>> repeated = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Options() {
    }

    public static Options parse(List<String> args, Set<String> valued, Set<String> flags) throws CliException {
        Options o = new Options();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--") || a.equals("--")) {
                o.positional.add(a);
                continue;
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name) && value == null) {
                o.values.put(name, "true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new CliException("option --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                o.values.put(name, value);
                o.repeated.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                throw new CliException("unknown option --" + name);
            }
        }
        return o;
    }

    /** Every value given for a repeatable option, in order (empty when not given). */
    public List<String> strings(String name) {
        return List.copyOf(repeated.getOrDefault(name, List.of()));
    }

    public List<String> positional() {
        return positional;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public Path path(String name) {
        return values.containsKey(name) ? Path.of(values.get(name)) : null;
    }

    /**
     * A path that must name a file, or null when the option is absent. A value ending with a separator names a
     * folder; as a {@link Path} it would lose the separator and the output would become a file of the folder's
     * name.
     */
    public Path filePath(String name) throws CliException {
        String value = values.get(name);
        if (value == null || value.equals("-")) {
            return value == null ? null : Path.of(value);
        }
        if (value.endsWith("/") || value.endsWith(java.io.File.separator)) {
            throw new CliException("--" + name + " " + value + " ends with '/', so it names a folder; give a file "
                    + "name, e.g. " + value + "out" + defaultExtension(name));
        }
        return Path.of(value);
    }

    private static String defaultExtension(String name) {
        return switch (name) {
            case "json" -> ".json";
            case "session" -> ".smsa";
            default -> ".h5";
        };
    }

    public int integer(String name, int fallback, int min, int max) throws CliException {
        if (!values.containsKey(name)) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(values.get(name).trim());
            if (v < min || v > max) {
                throw new CliException("--" + name + " must be between " + min + " and " + max + ", got " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new CliException("--" + name + " needs a whole number, got '" + values.get(name) + "'");
        }
    }

    public double number(String name, double fallback, double min, double max) throws CliException {
        if (!values.containsKey(name)) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(values.get(name).trim());
            if (!(v >= min && v <= max)) {
                throw new CliException("--" + name + " must be between " + min + " and " + max + ", got " + values.get(name));
            }
            return v;
        } catch (NumberFormatException e) {
            throw new CliException("--" + name + " needs a number, got '" + values.get(name) + "'");
        }
    }

    public long longValue(String name, long fallback) throws CliException {
        if (!values.containsKey(name)) {
            return fallback;
        }
        try {
            return Long.parseLong(values.get(name).trim());
        } catch (NumberFormatException e) {
            throw new CliException("--" + name + " needs a whole number, got '" + values.get(name) + "'");
        }
    }
}
