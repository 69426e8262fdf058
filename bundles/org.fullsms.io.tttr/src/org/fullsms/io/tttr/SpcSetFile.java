package org.fullsms.io.tttr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a B&amp;H setup file ({@code .set}, written by SPCM beside a FIFO {@code .spc}) that the decoder
 * needs: the TCSPC channel width and the module name. A {@code .set} file is a binary header, an ASCII section with
 * lines such as {@code #SP [SP_TAC_TC,F,2.4430455e-012]} and binary parameter blocks; only the ASCII entries are
 * looked for, so the binary parts and any line endings do no harm.
 *
 * @param file       the {@code .set} file
 * @param parameters the {@code SP_…} entries found (name → value text), in file order
 * @param module     the module named in the identification ("… with module SPC-150 (Ser.No. …)"), or null
 */
record SpcSetFile(Path file, Map<String, String> parameters, String module) {

    /** A .set file is a few kB; more than this is read no further (bounds memory for a wrong file). */
    private static final int MAX_BYTES = 4 << 20;
    private static final Pattern ENTRY = Pattern.compile("\\[(SP_[A-Z0-9_]+),\\s*([A-Z])\\s*,([^\\]\\r\\n]*)\\]");
    private static final Pattern MODULE = Pattern.compile("module\\s+(SPC-\\w+)", Pattern.CASE_INSENSITIVE);

    /** The {@code .set} beside {@code spc} with the same base name (extension in any case), or null. */
    static Path besides(Path spc) throws IOException {
        Path dir = spc.toAbsolutePath().getParent();
        String name = spc.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name) + ".set";
        Path exact = dir.resolve(base);
        if (Files.isRegularFile(exact)) {
            return exact;
        }
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(dir,
                p -> p.getFileName().toString().equalsIgnoreCase(base))) {
            for (Path p : siblings) {
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    static SpcSetFile read(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES);
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher m = ENTRY.matcher(text);
        while (m.find()) {
            parameters.putIfAbsent(m.group(1), m.group(3).trim());
        }
        Matcher module = MODULE.matcher(text);
        return new SpcSetFile(file, parameters, module.find() ? module.group(1).toUpperCase(Locale.ROOT) : null);
    }

    /** Whether the module is an SPC-600 or SPC-630, whose records differ from the other cards'. */
    boolean namesSpc600() {
        return module != null && (module.startsWith("SPC-600") || module.startsWith("SPC-630"));
    }

    /**
     * The TCSPC channel width in seconds: {@code SP_TAC_TC} when positive, else
     * {@code SP_TAC_R / (SP_TAC_G · SP_ADC_RE)}; NaN when neither can be formed.
     */
    double channelWidthS() {
        double tc = number("SP_TAC_TC");
        if (tc > 0) {
            return tc;
        }
        double range = number("SP_TAC_R");
        double gain = number("SP_TAC_G");
        double adc = number("SP_ADC_RE");
        double width = range / (gain * adc);
        return width > 0 && Double.isFinite(width) ? width : Double.NaN;
    }

    /** An entry as a number, NaN when absent or not a number. */
    double number(String name) {
        String value = parameters.get(name);
        if (value == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
