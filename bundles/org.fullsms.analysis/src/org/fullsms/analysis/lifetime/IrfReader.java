package org.fullsms.analysis.lifetime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fullsms.model.MicroTimes;

/**
 * Reads an IRF from a PicoQuant unified histogram file ({@code .phu}) or a two-column text file.
 *
 * <p>PHU layout (PicoQuant's published format, little-endian): 8-byte magic {@code PQHISTO}, 8-byte version,
 * then tags of 48 bytes — 32-byte ASCII name, int32 index (-1 when not an array element), uint32 type, 8-byte
 * value — until {@code Header_End}. Types whose low 16 bits are all ones (strings, arrays, blobs) carry their
 * byte length in the value and their data right after the tag. Curve {@code i} has
 * {@code HistResDscr_HistogramBins[i]} uint32 counts at byte {@code HistResDscr_DataOffset[i]}, channel width
 * {@code HistResDscr_MDescResolution[i]} seconds.
 */
public final class IrfReader {

    static final String PHU_MAGIC = "PQHISTO";
    static final int TAG_BYTES = 48;
    static final long TYPE_FLOAT8 = 0x20000008L;
    static final String BINS = "HistResDscr_HistogramBins";
    static final String OFFSET = "HistResDscr_DataOffset";
    static final String RESOLUTION = "HistResDscr_MDescResolution";
    static final String CURVES = "HistoResult_NumberOfCurves";

    private IrfReader() {
    }

    /** Reads curve {@code curve} (0-based) of a {@code .phu} file. */
    public static Irf readPhu(Path file, int curve) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 16 || !ascii(bytes, 0, 8).equals(PHU_MAGIC)) {
            throw new IOException(file + ": not a PicoQuant .phu file (magic " + PHU_MAGIC + " missing)");
        }
        Map<String, Number> tags = new HashMap<>();
        int position = 16;
        boolean ended = false;
        while (position + TAG_BYTES <= bytes.length) {
            String name = ascii(bytes, position, 32);
            int index = buffer.getInt(position + 32);
            long type = buffer.getInt(position + 36) & 0xFFFFFFFFL;
            long raw = buffer.getLong(position + 40);
            position += TAG_BYTES;
            if ((type & 0xFFFF) == 0xFFFF) {
                if (raw < 0 || raw > bytes.length - position) {
                    throw new IOException(file + ": tag " + name + " claims " + raw + " bytes beyond the file");
                }
                position += (int) raw;
            }
            String key = index >= 0 ? name + "[" + index + "]" : name;
            if (type == TYPE_FLOAT8) {
                tags.put(key, Double.longBitsToDouble(raw));
            } else {
                tags.put(key, raw);
            }
            if (name.equals("Header_End")) {
                ended = true;
                break;
            }
        }
        if (!ended) {
            throw new IOException(file + ": .phu header has no Header_End tag");
        }
        Number curves = tags.get(CURVES);
        if (curves != null && (curve < 0 || curve >= curves.intValue())) {
            throw new IOException(file + ": curve " + curve + " requested but the file has " + curves + " curves");
        }
        Number bins = tags.get(BINS + "[" + curve + "]");
        Number offset = tags.get(OFFSET + "[" + curve + "]");
        Number resolution = tags.get(RESOLUTION + "[" + curve + "]");
        if (bins == null || offset == null || resolution == null) {
            throw new IOException(file + ": .phu curve " + curve + " lacks " + BINS + ", " + OFFSET + " or "
                    + RESOLUTION);
        }
        long start = offset.longValue();
        long count = bins.longValue();
        if (count <= 0 || start < 0 || start + 4 * count > bytes.length) {
            throw new IOException(file + ": .phu curve " + curve + " (" + count + " bins at byte " + start
                    + ") lies outside the " + bytes.length + "-byte file");
        }
        double[] counts = new double[(int) count];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = buffer.getInt((int) start + 4 * i) & 0xFFFFFFFFL;
        }
        double widthNs = resolution.doubleValue() * 1e9;
        return new Irf(widthNs, counts, file.getFileName() + " curve " + curve);
    }

    /**
     * Reads a text file of two columns, time and counts, separated by white space, comma, semicolon or tab;
     * lines that do not start with two numbers (headers, comments) are skipped. Times are in ns; times whose
     * step is below 1e-6 are taken as seconds. The step must be uniform (within 1 %). A time names its channel
     * as a micro time does ({@link MicroTimes#channelOf}): the IRF starts at the left edge of the first one.
     */
    public static Irf readText(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        // Numbers are ASCII; Latin-1 decodes any byte, so a header in another encoding (or a stray byte) is a
        // skipped line, not a failure of the whole file ("Input length = 1").
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            String[] fields = line.trim().split("[\\s,;]+");
            if (fields.length < 2) {
                continue;
            }
            double[] row;
            try {
                row = new double[] { Double.parseDouble(fields[0]), Double.parseDouble(fields[1]) };
            } catch (NumberFormatException e) {
                continue; // a header or comment line
            }
            if (!Double.isFinite(row[0]) || !Double.isFinite(row[1]) || row[1] < 0) {
                throw new IOException(file + ": row " + (rows.size() + 1) + " has time " + row[0] + " and count "
                        + row[1] + "; an IRF needs finite times and counts of at least 0");
            }
            rows.add(row);
        }
        if (rows.size() < 2) {
            throw new IOException(file + ": fewer than two rows of \"time counts\"");
        }
        double step = (rows.get(rows.size() - 1)[0] - rows.get(0)[0]) / (rows.size() - 1);
        if (!(step > 0)) {
            throw new IOException(file + ": time column does not increase");
        }
        for (int i = 1; i < rows.size(); i++) {
            double d = rows.get(i)[0] - rows.get(i - 1)[0];
            if (Math.abs(d - step) > 0.01 * step) {
                throw new IOException(file + ": time step at row " + (i + 1) + " is " + d + ", not the mean "
                        + step + "; channels must be uniform");
            }
        }
        double scale = step < 1e-6 ? 1e9 : 1;
        double widthNs = step * scale;
        double[] counts = new double[rows.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = rows.get(i)[1];
        }
        double firstChannel = Math.floor(rows.get(0)[0] * scale / widthNs + MicroTimes.EDGE_TOLERANCE);
        return new Irf(widthNs, counts, firstChannel * widthNs, file.getFileName().toString());
    }

    private static String ascii(byte[] bytes, int from, int length) {
        int end = from;
        while (end < from + length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, from, end - from, StandardCharsets.US_ASCII);
    }
}
