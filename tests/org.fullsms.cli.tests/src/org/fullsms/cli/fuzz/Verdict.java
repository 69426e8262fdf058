package org.fullsms.cli.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one fuzz run amounts to. {@link Kind#OK} and {@link Kind#EXIT2} (a one-line error the user can fix) are
 * fine; every other kind is a failure. The {@link #signature()} groups findings: kind, command and the telling
 * stderr line with the input's folder as {@code <work>} and every number not part of a word (HDF5, UTF-8) as {@code N}.
 */
record Verdict(Kind kind, String command, String line) {

    enum Kind {
        /** exit 0 and the expected output written */
        OK,
        /** exit 2 with one line (after per-particle and warning lines) */
        EXIT2,
        /** no return within the timeout */
        HANG,
        /** a Throwable escaped {@code Cli.run} */
        UNCAUGHT,
        /** exit 1, "internal error" */
        INTERNAL_ERROR,
        /** a stack trace on stderr */
        STACK_TRACE,
        /** exit 2 with more than one error line */
        MULTI_LINE,
        /** exit 0 with nothing written where output was expected */
        SILENT,
        /** an exit code other than 0, 1 and 2 */
        BAD_EXIT;

        boolean failure() {
            return this != OK && this != EXIT2;
        }
    }

    private static final Pattern STACK = Pattern.compile("^\\s+at [\\w.$/]+\\(|^Caused by: |^Exception in thread ");
    /** Lines analyze prints before its error line by design: a particle's failed stage, a warning. */
    private static final Pattern REPORT = Pattern.compile("^(Particle .*: |warning: )");
    private static final Pattern DIGITS = Pattern.compile("(?<![A-Za-z_0-9]|[A-Za-z]-)\\d+");

    static Verdict of(FuzzTarget.Call call, FuzzRunner.Outcome o, Path tmp) {
        String cmd = call.command();
        List<String> lines = o.err().lines().filter(l -> !l.isBlank()).toList();
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        if (o.hung()) {
            return verdict(Kind.HANG, cmd, "no return in time, busy in " + o.hungAt(), tmp);
        }
        if (o.thrown() != null) {
            return verdict(Kind.UNCAUGHT, cmd, o.thrown().toString(), tmp);
        }
        for (String l : lines) {
            if (STACK.matcher(l).find()) {
                return verdict(Kind.STACK_TRACE, cmd, l, tmp);
            }
        }
        return switch (o.exitCode()) {
            case 0 -> written(call.output(), o.out()) ? new Verdict(Kind.OK, cmd, "")
                    : verdict(Kind.SILENT, cmd, "nothing written to "
                            + (call.output() == null ? "standard output" : call.output().getFileName())
                            + (last.isEmpty() ? "" : "; stderr: " + last), tmp);
            case 1 -> verdict(Kind.INTERNAL_ERROR, cmd, last, tmp);
            case 2 -> lines.subList(0, Math.max(0, lines.size() - 1)).stream().allMatch(l -> REPORT.matcher(l).find())
                    && last.startsWith("fullsms " + cmd + ": ") ? verdict(Kind.EXIT2, cmd, last, tmp)
                            : verdict(Kind.MULTI_LINE, cmd, lines.size() + " lines: " + String.join(" | ", lines), tmp);
            default -> verdict(Kind.BAD_EXIT, cmd, "exit " + o.exitCode() + ": " + last, tmp);
        };
    }

    boolean failure() {
        return kind.failure();
    }

    String signature() {
        return kind + " " + command + ": " + line;
    }

    private static Verdict verdict(Kind kind, String command, String line, Path tmp) {
        String normal = DIGITS.matcher(line.replace(tmp.toString(), "<tmp>").replaceAll("<tmp>/run-\\d+", "<work>"))
                .replaceAll("N");
        return new Verdict(kind, command, normal.length() > 200 ? normal.substring(0, 200) + "…" : normal);
    }

    private static boolean written(Path output, String out) {
        try {
            if (output == null) {
                return !out.isBlank();
            }
            if (Files.isDirectory(output)) {
                try (Stream<Path> files = Files.list(output)) {
                    return files.findAny().isPresent();
                }
            }
            return Files.isRegularFile(output) && Files.size(output) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
