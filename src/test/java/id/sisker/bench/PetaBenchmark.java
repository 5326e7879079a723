package id.sisker.bench;

import id.sisker.app.Baseline;
import id.sisker.app.Perbandingan;
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
 * changed copies, then times, in this one JVM and after a warm-up round, {@code validate} (the
 * baseline), {@code rekap --format xlsx} and {@code beda} in two scenarios: a pull request that
 * changes five files of a hundred ({@link PetaGenerator#writeUsulan}) and a version where every
 * file differs; each {@code beda} also as it ran before the versions shared their common files (ADR
 * 80). The commands take turns round by round. Prints medians and ratios to the baseline. Run as
 * docs/performance.md shows.
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
      PetaGenerator.writeUsulan(dir.resolve("lama"), dir.resolve("usulan"));
      System.out.printf("generated 3 x %,d jabatan in %.1f s%n", n, secs(g));
      String[] validate = {"validate", "lama", "--fail-on", "never", "--format", "json"};
      String[] rekap = {"rekap", "lama", "-o", "rekap.xlsx", "--force"};
      String[] beda = {"beda", "lama", "baru", "--format", "json"};
      String[] usulan = {"beda", "lama", "usulan", "--format", "json"};
      // The commands take turns, so a neighbour's build slows them alike and the ratios hold.
      List<Runnable> jobs =
          List.of(
              () -> time(dir, validate),
              () -> time(dir, rekap),
              () -> time(dir, usulan),
              () -> timeUnshared(dir, "usulan"),
              () -> time(dir, beda),
              () -> timeUnshared(dir, "baru"));
      List<List<double[]>> results = new ArrayList<>();
      jobs.forEach(j -> results.add(new ArrayList<>()));
      for (int i = 0; i <= runs; i++) {
        for (int k = 0; k < jobs.size(); k++) {
          jobs.get(k).run();
          if (i > 0) { // the first round warms up
            results.get(k).add(new double[] {lastWall, lastCpu});
          }
        }
        if (i > 0) {
          // Each round's CPU seconds, in the order of the table below: the spread shows the noise.
          StringBuilder line = new StringBuilder("round " + i + " CPU s:");
          results.forEach(l -> line.append(String.format(" %.2f", l.get(l.size() - 1)[1])));
          System.out.println(line);
        }
      }
      double[] v = medians(results.get(0));
      double[] r = medians(results.get(1));
      double[] u = medians(results.get(2));
      double[] uu = medians(results.get(3));
      double[] b = medians(results.get(4));
      double[] bu = medians(results.get(5));
      double x = medianXlsx(dir, runs);
      double[] d = medianDiff(dir, runs);
      Runtime rt = Runtime.getRuntime();
      System.out.printf(
          "max heap %d MiB, %d cores, %d rounds%n",
          rt.maxMemory() >> 20, rt.availableProcessors(), runs);
      System.out.printf("load average %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
      System.out.printf("                                     wall           process CPU%n");
      row("validate (baseline)", v, v);
      row("rekap --format xlsx", r, v);
      System.out.printf("  of which XLSX writing             %6.2f s  %.2fx%n", x, x / v[0]);
      row("beda lama usulan (5 files differ)", u, v);
      row("  same, nothing shared (before)", uu, v);
      row("beda lama baru (every file differs)", b, v);
      row("  same, nothing shared (before)", bu, v);
      System.out.printf(
          "  of which the diff                %6.2f s  %.2fx  %6.2f s thread CPU, %d changes%n",
          d[0], d[0] / v[0], d[1], (int) d[2]);
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

  /** The median wall and the median CPU seconds of {@code runs}. */
  private static double[] medians(List<double[]> runs) {
    List<Double> t = new ArrayList<>();
    List<Double> c = new ArrayList<>();
    for (double[] r : runs) {
      t.add(r[0]);
      c.add(r[1]);
    }
    Collections.sort(t);
    Collections.sort(c);
    return new double[] {t.get(t.size() / 2), c.get(c.size() / 2)};
  }

  private static void row(String what, double[] m, double[] base) {
    System.out.printf(
        "%-36s %6.2f s  %.2fx  %6.2f s  %.2fx%n", what, m[0], m[0] / base[0], m[1], m[1] / base[1]);
  }

  /**
   * {@code beda lama other --format json} as the command runs it, but with every file of both
   * versions parsed, as before the versions shared the trees of their common files (ADR 80).
   */
  private static void timeUnshared(Path dir, String other) {
    System.gc();
    double c0 = cpu();
    long t0 = System.nanoTime();
    Perbandingan.Hasil h =
        new Perbandingan(d -> Validation.standard(Optional.empty(), d), Optional::empty)
            .banding(dir, Path.of("lama"), Path.of(other), "id");
    if (h.unusable()) {
      throw new IllegalStateException("beda lama " + other + " failed");
    }
    h.render(Perbandingan.Format.JSON);
    lastWall = secs(t0);
    lastCpu = cpu() - c0;
  }

  /** Wall seconds of the last {@link #time} or {@link #timeUnshared}. */
  private static double lastWall;

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
    lastWall = s;
    if (code == 2 || code == 3) {
      throw new IllegalStateException(String.join(" ", args) + " failed: " + err);
    }
    return s;
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
