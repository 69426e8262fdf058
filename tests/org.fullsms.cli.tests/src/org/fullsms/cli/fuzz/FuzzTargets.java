package org.fullsms.cli.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.fullsms.cli.Cli;
import org.fullsms.cli.fuzz.FuzzTarget.Call;
import org.fullsms.testing.SharedData;

/**
 * The valid inputs the fuzzer mutates and the command each goes through: every shared HDF5 file (info, and
 * analyze of one particle of two of them: --fit 1, --correlate), the real instrument files (PTU, SPC and its .set:
 * info, analyze --fit 1), a small simulated file (analyze --group --fit 1), two sessions saved from it
 * (export), a photon CSV and a macro-time list (convert) and an IRF text (analyze --fit 1 --irf). Targets are
 * listed once per turn they get in the round robin.
 */
final class FuzzTargets {

    private FuzzTargets() {
    }

    static List<FuzzTarget> all(Path tmp) throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Path h5 = seeds.resolve("sim.h5");
        cli("simulate", "--out", h5.toString(), "--particles", "1", "--duration", "2", "--seed", "5", "--states", "2");
        Path fitted = seeds.resolve("fitted.smsa");
        cli("analyze", h5.toString(), "--group", "--fit", "1", "--session", fitted.toString(), "--json",
                seeds.resolve("fitted.json").toString());
        Path grouped = seeds.resolve("grouped.smsa");
        cli("analyze", h5.toString(), "--group", "--roi", "auto", "--session", grouped.toString(), "--json",
                seeds.resolve("grouped.json").toString());
        byte[] irf = irfText();
        Path irfFile = seeds.resolve("irf.txt");
        Files.write(irfFile, irf);
        cli("analyze", h5.toString(), "--fit", "1", "--irf", irfFile.toString(), "--json", seeds.resolve("irf.json").toString());

        List<FuzzTarget> targets = new ArrayList<>();
        Path shared = SharedData.root() == null ? null : SharedData.root().resolve("hdf5");
        if (shared != null && Files.isDirectory(shared)) {
            try (Stream<Path> files = Files.list(shared)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".h5")).sorted().toList()) {
                    byte[] bytes = Files.readAllBytes(f);
                    String name = f.getFileName().toString();
                    targets.add(new FuzzTarget("info " + name, bytes, false, "input.h5",
                            (in, work) -> new Call(args("info", in), null)));
                    if (name.equals("v1_0_converter.h5")) {
                        targets.add(new FuzzTarget("analyze --particles 1 --fit 1 " + name, bytes, false, "input.h5",
                                (in, work) -> analyze(in, work, "--particles", "1")));
                    }
                    if (name.equals("v1_07_two_channels.h5")) {
                        targets.add(new FuzzTarget("analyze --particles 2 --correlate " + name, bytes, false, "input.h5",
                                (in, work) -> analyze(in, work, "--particles", "2", "--correlate")));
                    }
                }
            }
        } else {
            System.out.println("../shared/data/hdf5 not found: the fuzzer runs without the shared HDF5 files");
        }
        instrumentFiles(targets);
        byte[] csv = photonCsv(true);
        byte[] macro = photonCsv(false);
        Files.write(seeds.resolve("photons.csv"), csv);
        Files.write(seeds.resolve("macro.txt"), macro);
        cli("convert", seeds.resolve("photons.csv").toString(), "--out", seeds.resolve("csv.h5").toString());
        cli("convert", seeds.resolve("macro.txt").toString(), "--out", seeds.resolve("macro.h5").toString());
        byte[] simulated = Files.readAllBytes(h5);
        FuzzTarget.Invocation export = (in, work) -> {
            link(h5, work.resolve("sim.h5")); // the session finds its data file beside it
            return new Call(args("export", in, "--out", work.resolve("out")), work.resolve("out"));
        };
        FuzzTarget exportFitted = new FuzzTarget("export fitted.smsa", reproducible(fitted), true, "input.smsa", export);
        FuzzTarget exportGrouped = new FuzzTarget("export grouped.smsa", reproducible(grouped), true, "input.smsa", export);
        for (int turn = 0; turn < 3; turn++) {
            targets.add(new FuzzTarget("analyze --group --fit 1 sim.h5", simulated, false, "input.h5",
                    (in, work) -> analyze(in, work, "--group", "--fit", "1")));
            targets.add(turn == 1 ? exportFitted : exportGrouped);
            targets.add(new FuzzTarget("convert photons.csv", csv, true, "input.csv", FuzzTargets::convert));
            targets.add(new FuzzTarget("analyze --fit 1 --irf irf.txt", irf, true, "irf.txt",
                    (in, work) -> analyze(h5, work, "--fit", "1", "--irf", in.toString())));
        }
        targets.add(new FuzzTarget("convert macro-times.txt", macro, true, "input.txt", FuzzTargets::convert));
        return targets;
    }

    /**
     * The real instrument files of ../shared/data/real (PicoQuant PTU, Becker &amp; Hickl SPC with and without its
     * .set file): info of each, analyze with a fit of the small SPC file, and the .set file mutated beside an intact
     * .spc.
     */
    private static void instrumentFiles(List<FuzzTarget> targets) throws IOException {
        Path real = SharedData.root() == null ? null : SharedData.root().resolve("real");
        if (real == null || !Files.isDirectory(real)) {
            System.out.println("../shared/data/real not found: the fuzzer runs without the instrument files");
            return;
        }
        byte[] ptu = Files.readAllBytes(real.resolve("Example_PTU_PicoHarp.ptu"));
        byte[] spc132 = Files.readAllBytes(real.resolve("BH_SPC132.spc"));
        byte[] noise = Files.readAllBytes(real.resolve("test_noise.spc"));
        Path set = real.resolve("test_noise.set");
        Path intactSpc = real.resolve("test_noise.spc");
        targets.add(new FuzzTarget("info Example_PTU_PicoHarp.ptu", ptu, false, "input.ptu",
                (in, work) -> new Call(args("info", in), null)));
        targets.add(new FuzzTarget("info BH_SPC132.spc", spc132, false, "input.spc",
                (in, work) -> new Call(args("info", in), null)));
        targets.add(new FuzzTarget("analyze --fit 1 test_noise.spc (with .set)", noise, false, "input.spc",
                (in, work) -> {
                    copy(set, work.resolve("input.set"));
                    return analyze(in, work, "--fit", "1");
                }));
        targets.add(new FuzzTarget("info test_noise.spc (mutated .set)", Files.readAllBytes(set), true, "input.set",
                (in, work) -> {
                    copy(intactSpc, work.resolve("input.spc"));
                    return new Call(args("info", work.resolve("input.spc")), null);
                }));
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException("fuzz setup: cannot copy " + from + " to " + to, e);
        }
    }

    /**
     * The session's bytes without what changes from run to run (the temporary folder in its paths, the time it
     * was saved), so that input {@code i} is the same in every run; it then finds its data file beside it.
     */
    private static byte[] reproducible(Path session) throws IOException {
        String text = Files.readString(session, StandardCharsets.UTF_8)
                .replace(session.getParent().toString(), "/fuzz/seeds")
                .replaceAll("\"savedAt\"\\s*:\\s*\"[^\"]*\"", "\"savedAt\":\"2026-01-01T00:00:00Z\"");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void link(Path target, Path link) {
        try {
            Files.createLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException("fuzz setup: cannot link " + link + " to " + target, e);
        }
    }

    private static Call analyze(Path in, Path work, String... more) {
        List<String> a = new ArrayList<>(List.of("analyze", in.toString(), "--json", work.resolve("out.json").toString()));
        a.addAll(List.of(more));
        return new Call(a.toArray(String[]::new), work.resolve("out.json"));
    }

    private static Call convert(Path in, Path work) {
        return new Call(args("convert", in, "--out", work.resolve("out.h5")), work.resolve("out.h5"));
    }

    private static String[] args(Object... parts) {
        return Stream.of(parts).map(String::valueOf).toArray(String[]::new);
    }

    /** Runs a setup command; the seeds must be valid, so anything but exit 0 stops the test. */
    private static void cli(String... args) {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        PrintStream sink = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = new Cli().run(args, sink, sink);
        if (code != 0) {
            throw new IllegalStateException("fuzz setup failed: fullsms " + String.join(" ", args) + " exited " + code
                    + ": " + err.toString(StandardCharsets.UTF_8));
        }
    }

    /** 400 photons: the original's CSV (header, macro and micro times in ns) or a plain macro-time list. */
    static byte[] photonCsv(boolean withMicro) {
        Random r = new Random(11);
        StringBuilder s = new StringBuilder(withMicro ? "macro times (ns),micro times (ns)\n" : "");
        long macro = 0;
        for (int i = 0; i < 400; i++) {
            macro += 1 + (long) (-Math.log(1 - r.nextDouble()) * 100_000);
            s.append(macro);
            if (withMicro) {
                s.append(',').append((200 + (int) (-Math.log(1 - r.nextDouble()) * 160)) % 2048 * 0.01220703125);
            }
            s.append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A Gaussian IRF as two columns "time_ns counts" on the simulator's 0.01220703125 ns channels. */
    static byte[] irfText() {
        StringBuilder s = new StringBuilder("# time (ns)  counts\n");
        for (int c = 0; c < 400; c++) {
            double t = c * 0.01220703125;
            double z = (t - 2.0) / 0.06;
            s.append(String.format(Locale.ROOT, "%s %d%n", t, Math.round(1000 * Math.exp(-z * z / 2))));
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
