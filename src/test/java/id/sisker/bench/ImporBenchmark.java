package id.sisker.bench;

import id.sisker.cli.Env;
import id.sisker.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The impor benchmark (not a test): generates a daerah of {@code N} jabatan (default 10,000) with
 * {@link PetaGenerator}, writes its recap as XLSX and CSV, then times in this one JVM, after a
 * warm-up, {@code validate} of the daerah (the baseline) and {@code impor} of each sheet. Prints
 * medians and ratios. Run as docs/performance.md shows.
 */
public final class ImporBenchmark {

  private ImporBenchmark() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path dir = Files.createTempDirectory("sisker-bench-impor-");
    try {
      PetaGenerator.write(dir.resolve("daerah"), n, false);
      String[] validate = {"validate", "daerah", "--fail-on", "never", "--format", "json"};
      time(dir, new String[] {"rekap", "daerah", "-o", "peta.xlsx"});
      time(dir, new String[] {"rekap", "daerah", "-o", "peta.csv"});
      String[] xlsx = {"impor", "peta.xlsx", "--out", "x", "--force"};
      String[] csv = {"impor", "peta.csv", "--out", "c", "--force"};
      time(dir, validate);
      time(dir, xlsx);
      time(dir, csv);
      double v = median(dir, validate, runs);
      double x = median(dir, xlsx, runs);
      double c = median(dir, csv, runs);
      System.out.printf(
          "%,d jabatan; xlsx %,d bytes; max heap %d MiB; load %s%n",
          n,
          Files.size(dir.resolve("peta.xlsx")),
          Runtime.getRuntime().maxMemory() >> 20,
          Files.readString(Path.of("/proc/loadavg")).strip());
      System.out.printf("validate (baseline)  %6.2f s  1.00x%n", v);
      System.out.printf("impor peta.xlsx      %6.2f s  %.2fx%n", x, x / v);
      System.out.printf("impor peta.csv       %6.2f s  %.2fx%n", c, c / v);
    } finally {
      try (var s = Files.walk(dir)) {
        for (Path p : s.sorted(Collections.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static double median(Path dir, String[] args, int runs) {
    List<Double> t = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      t.add(time(dir, args));
    }
    Collections.sort(t);
    return t.get(t.size() / 2);
  }

  private static double time(Path dir, String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    System.gc();
    long t0 = System.nanoTime();
    int code =
        Main.run(args, new Env(new PrintWriter(out), new PrintWriter(err), dir, Map.of(), false));
    double s = (System.nanoTime() - t0) / 1e9;
    if (code >= 2) {
      throw new IllegalStateException(String.join(" ", args) + " failed: " + err);
    }
    return s;
  }
}
