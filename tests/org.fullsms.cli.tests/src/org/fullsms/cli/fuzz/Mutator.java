package org.fullsms.cli.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of one input: byte-level (bit flips, interesting values, truncation, chunk duplication and
 * deletion) for every input, and line/number/column/encoding mutations for text. The same seed gives the same
 * mutation, and {@link Mutation#description()} says what was done, so a finding can be replayed and read.
 */
final class Mutator {

    /** A mutated input and what was done to it, e.g. {@code "flip 3 bits @1032,4077,9; truncate to 512"}. */
    record Mutation(byte[] bytes, String description) {
    }

    private static final long[] INTERESTING = { 0, 0xFF, 0x7F, 0x80, 0xFFFF, 0x7FFF, 0x8000, 0x7FFFFFFFL,
            0x80000000L, 0xFFFFFFFFL, Long.MAX_VALUE, Long.MIN_VALUE, -1, 1, 16, 255, 256, 1024 };
    private static final String[] NUMBERS = { "NaN", "Inf", "-Infinity", "Infinity", "1e300", "-1e300", "-1", "0",
            "-0", "1e-320", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
            "99999999999999999999999", "0x10", "1,5", "", "null", "\"x\"", "[]", "{}", "true" };
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    /** Offsets below this get half the byte mutations: the header and metadata of small binary files. */
    private static final int HEAD = 8192;

    private Mutator() {
    }

    /** One to three stacked mutations of {@code input}; text mutations too when {@code text}. */
    static Mutation mutate(byte[] input, boolean text, Random random) {
        byte[] bytes = input;
        List<String> done = new ArrayList<>();
        int count = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1;
        for (int i = 0; i < count; i++) {
            Mutation m = text && random.nextInt(3) > 0 ? textual(bytes, random) : binary(bytes, random);
            bytes = m.bytes();
            done.add(m.description());
        }
        return new Mutation(bytes, String.join("; ", done));
    }

    static Mutation binary(byte[] in, Random r) {
        if (in.length == 0) {
            return new Mutation(new byte[] { (byte) r.nextInt(256) }, "one random byte into the empty input");
        }
        byte[] b = in.clone();
        switch (r.nextInt(6)) {
            case 0 -> {
                int n = 1 + r.nextInt(8);
                StringBuilder at = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    int pos = offset(b.length, r);
                    b[pos] ^= (byte) (1 << r.nextInt(8));
                    at.append(i == 0 ? "" : ",").append(pos);
                }
                return new Mutation(b, "flip " + n + " bits @" + at);
            }
            case 1, 2 -> {
                long value = INTERESTING[r.nextInt(INTERESTING.length)];
                int width = 1 << r.nextInt(4);
                boolean little = r.nextBoolean();
                int pos = Math.max(0, Math.min(offset(b.length, r), b.length - width));
                for (int i = 0; i < width && pos + i < b.length; i++) {
                    int shift = 8 * (little ? i : width - 1 - i);
                    b[pos + i] = (byte) (value >>> shift);
                }
                long written = width == 8 ? value : value & ((1L << 8 * width) - 1); // the low bytes of value
                return new Mutation(b, String.format("write %d-byte %s 0x%X @%d", width, little ? "LE" : "BE", written, pos));
            }
            case 3 -> {
                int length = r.nextInt(b.length);
                return new Mutation(java.util.Arrays.copyOf(b, length), "truncate to " + length + " of " + b.length);
            }
            case 4 -> {
                int from = offset(b.length, r);
                int length = 1 + r.nextInt(Math.min(4096, b.length - from));
                int to = r.nextInt(b.length + 1);
                return new Mutation(splice(b, to, to, java.util.Arrays.copyOfRange(b, from, from + length)),
                        "duplicate " + length + " bytes @" + from + " to @" + to);
            }
            default -> {
                int from = offset(b.length, r);
                int length = 1 + r.nextInt(Math.min(4096, b.length - from));
                return new Mutation(splice(b, from, from + length, new byte[0]), "delete " + length + " bytes @" + from);
            }
        }
    }

    static Mutation textual(byte[] in, Random r) {
        String s = new String(in, StandardCharsets.ISO_8859_1); // byte-preserving
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        int line = r.nextInt(lines.size());
        switch (r.nextInt(7)) {
            case 0 -> {
                lines.remove(line);
                return text(lines, "delete line " + (line + 1));
            }
            case 1 -> {
                int copies = r.nextBoolean() ? 1 : 1 + r.nextInt(50);
                for (int i = 0; i < copies; i++) {
                    lines.add(line, lines.get(line));
                }
                return text(lines, "duplicate line " + (line + 1) + " x" + copies);
            }
            case 2, 3 -> {
                List<int[]> spans = new ArrayList<>();
                Matcher m = NUMBER.matcher(s);
                while (m.find()) {
                    spans.add(new int[] { m.start(), m.end() });
                }
                if (spans.isEmpty()) {
                    return binary(in, r);
                }
                int[] span = spans.get(r.nextInt(spans.size()));
                String by = NUMBERS[r.nextInt(NUMBERS.length)];
                return new Mutation(splice(in, span[0], span[1], by.getBytes(StandardCharsets.ISO_8859_1)),
                        "number '" + s.substring(span[0], span[1]) + "' @" + span[0] + " -> '" + by + "'");
            }
            case 4 -> {
                boolean all = r.nextBoolean();
                boolean add = r.nextBoolean();
                for (int i = 0; i < lines.size(); i++) {
                    if (all || i == line) {
                        String l = lines.get(i);
                        int comma = l.lastIndexOf(',');
                        lines.set(i, add ? l + ",7" : comma >= 0 ? l.substring(0, comma) : l + ",");
                    }
                }
                return text(lines, (add ? "add a column to " : "drop a column of ") + (all ? "every line" : "line " + (line + 1)));
            }
            case 5 -> {
                byte[][] bad = { { (byte) 0xFF }, { (byte) 0xC3, 0x28 }, { (byte) 0x80 }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 } };
                byte[] insert = bad[r.nextInt(bad.length)];
                int pos = r.nextInt(in.length + 1);
                return new Mutation(splice(in, pos, pos, insert), "non-UTF-8 bytes " + hex(insert) + " @" + pos);
            }
            default -> {
                int pos = r.nextInt(in.length + 1);
                return new Mutation(splice(in, pos, pos, new byte[] { 0 }), "NUL character @" + pos);
            }
        }
    }

    private static Mutation text(List<String> lines, String description) {
        return new Mutation(String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1), description);
    }

    private static int offset(int length, Random r) {
        return r.nextBoolean() ? r.nextInt(Math.min(length, HEAD)) : r.nextInt(length);
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
        out.write(b, 0, from);
        out.writeBytes(insert);
        out.write(b, to, b.length - to);
        return out.toByteArray();
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte x : bytes) {
            s.append(String.format("%02X", x));
        }
        return s.toString();
    }
}
