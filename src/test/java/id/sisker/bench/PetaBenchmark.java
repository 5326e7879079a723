package id.sisker.bench;

import id.sisker.app.Baseline;
import id.sisker.app.Rekapitulasi;
import id.sisker.app.Validation;
import id.sisker.cli.Env;
import id.sisker.cli.Main;
import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.peta.Beda;
import id.sisker.peta.BedaHasil;
import id.sisker.peta.Teks;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The peta benchmark (not a test): generates a daerah of {@code N} jabatan (default 100,000) and a
 * changed copy, then times, in this one JVM and after a warm-up, {@code validate} (the baseline),
 * {@code rekap --format xlsx} and {@code beda} of the two versions. Prints medians and ratios to
 * the baseline. Run as docs/performance.md shows.
 */
public final class PetaBenchmark {

  private PetaBenchmark() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path dir = Files.createTempDirectory("sisker-bench-");
    try {
      long g = System.nanoTime();
      PetaGenerator.write(dir.resolve("lama"), n, false);
      PetaGenerator.write(dir.resolve("baru"), n, true);
      System.out.printf("generated 2 x %,d jabatan in %.1f s%n", n, secs(g));
      String[] validate = {"validate", "lama", "--fail-on", "never", "--format", "json"};
      String[] rekap = {"rekap", "lama", "-o", "rekap.xlsx", "--force"};
      String[] beda = {"beda", "lama", "baru", "--format", "json"};
      // Warm-up: one of each.
      time(dir, validate);
      time(dir, rekap);
      time(dir, beda);
      double v = median(dir, validate, runs);
      double vc = lastCpu;
      double r = median(dir, rekap, runs);
      double rc = lastCpu;
      double b = median(dir, beda, runs);
      double bc = lastCpu;
      double x = medianXlsx(dir, runs);
      double[] d = medianDiff(dir, runs);
      Runtime rt = Runtime.getRuntime();
      System.out.printf(
          "max heap %d MiB, %d cores%n", rt.maxMemory() >> 20, rt.availableProcessors());
      System.out.printf("load average %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
      System.out.printf("                          wall           process CPU%n");
      System.out.printf("validate (baseline)      %6.2f s  1.00x  %6.2f s  1.00x%n", v, vc);
      System.out.printf(
          "rekap --format xlsx      %6.2f s  %.2fx  %6.2f s  %.2fx%n", r, r / v, rc, rc / vc);
      System.out.printf("  of which XLSX writing  %6.2f s  %.2fx%n", x, x / v);
      System.out.printf(
          "beda lama baru           %6.2f s  %.2fx  %6.2f s  %.2fx%n", b, b / v, bc, bc / vc);
      System.out.printf(
          "  of which the diff      %6.2f s  %.2fx  %6.2f s thread CPU, %d changes%n",
          d[0], d[0] / v, d[1], (int) d[2]);
      System.out.printf("xlsx size %,d bytes%n", Files.size(dir.resolve("rekap.xlsx")));
    } finally {
      try (var s = Files.walk(dir)) {
        for (Path p : s.sorted(Collections.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /**
   * The comparison alone (both versions already validated): finding matching as {@code beda} does
   * it, then {@link Beda#banding}. Returns median wall seconds, median thread CPU seconds, changes.
   */
  private static double[] medianDiff(Path dir, int runs) {
    Validation.Outcome o = Validation.standard(Optional.empty(), dir).validate(dir.resolve("lama"));
    Validation.Outcome n = Validation.standard(Optional.empty(), dir).validate(dir.resolve("baru"));
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    List<Double> t = new ArrayList<>();
    List<Double> c = new ArrayList<>();
    int changes = 0;
    for (int i = 0; i < runs + 1; i++) {
      System.gc();
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      List<Finding> appeared = new ArrayList<>();
      for (Finding f : Baseline.of(o.findings()).apply(n.findings())) {
        if (!f.isSuppressed() && !f.fatal()) {
          appeared.add(f);
        }
      }
      List<Finding> gone = new ArrayList<>();
      for (Finding f : Baseline.of(n.findings()).apply(o.findings())) {
        if (!f.isSuppressed() && !f.fatal()) {
          gone.add(f);
        }
      }
      BedaHasil h =
          new Beda(Teks.of("id"), Messages.forLanguage("id"))
              .banding(
                  new Beda.Versi("lama", o.load().daerah().get(), o.load().sourceMap()),
                  new Beda.Versi("baru", n.load().daerah().get(), n.load().sourceMap()),
                  appeared,
                  gone);
      changes = h.jumlah();
      if (i > 0) {
        t.add(secs(t0));
        c.add((mx.getCurrentThreadCpuTime() - c0) / 1e9);
      }
    }
    Collections.sort(t);
    Collections.sort(c);
    return new double[] {t.get(t.size() / 2), c.get(c.size() / 2), changes};
  }

  /** The XLSX writing alone: the recap already built, streamed into a discarding stream. */
  private static double medianXlsx(Path dir, int runs) {
    Rekapitulasi.Hasil h =
        new Rekapitulasi(Validation.standard(Optional.empty(), dir))
            .rekap(dir.resolve("lama"), Optional.empty(), Optional.empty(), "id");
    List<Double> t = new ArrayList<>();
    for (int i = 0; i < runs + 1; i++) {
      System.gc();
      long t0 = System.nanoTime();
      try {
        h.content(Rekapitulasi.Format.XLSX).writeTo(OutputStream.nullOutputStream());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (i > 0) {
        t.add(secs(t0));
      }
    }
    Collections.sort(t);
    return t.get(t.size() / 2);
  }

  /** Median wall seconds; the median CPU seconds of the same runs go to {@link #lastCpu}. */
  private static double median(Path dir, String[] args, int runs) {
    List<Double> t = new ArrayList<>();
    List<Double> c = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      t.add(time(dir, args));
      c.add(lastCpu);
    }
    Collections.sort(t);
    Collections.sort(c);
    lastCpu = c.get(c.size() / 2);
    return t.get(t.size() / 2);
  }

  /** CPU seconds of the whole process (all threads, GC included) of the last {@link #time}. */
  private static double lastCpu;

  private static double cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }

  private static double time(Path dir, String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    System.gc();
    double c0 = cpu();
    long t0 = System.nanoTime();
    int code =
        Main.run(args, new Env(new PrintWriter(out), new PrintWriter(err), dir, Map.of(), false));
    double s = secs(t0);
    lastCpu = cpu() - c0;
    if (code == 2 || code == 3) {
      throw new IllegalStateException(String.join(" ", args) + " failed: " + err);
    }
    return s;
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
