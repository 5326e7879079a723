package id.sisker.bench.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the JMH benchmarks of issue 9 (the arguments are JMH's own, e.g. {@code ValidasiJmh -p
 * jabatan=100000}) and then prints their results as a Markdown table, each benchmark with its ratio
 * to the floor of its class and parameters (the method whose name starts with {@code floor}), also
 * written to target/bench/jmh.md. Run as docs/performance.md shows.
 */
public final class Tolok {

  private Tolok() {}

  public static void main(String[] args) throws RunnerException, IOException {
    CommandLineOptions options;
    try {
      options = new CommandLineOptions(args);
    } catch (org.openjdk.jmh.runner.options.CommandLineOptionException e) {
      System.err.println("Tolok: " + e.getMessage());
      System.exit(2);
      return;
    }
    Collection<RunResult> results = new Runner(options).run();
    String table = table(results);
    System.out.println();
    System.out.print(table);
    Path out = Path.of("target/bench/jmh.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table, StandardCharsets.UTF_8);
  }

  static String table(Collection<RunResult> results) {
    Map<String, Result<?>> floors = new LinkedHashMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      if (method(name).startsWith("floor")) {
        floors.put(group(r), r.getPrimaryResult());
      }
    }
    StringBuilder b = new StringBuilder();
    b.append("| benchmark | parameters | time per operation (99.9 % CI) | × floor |\n");
    b.append("|---|---|---|---|\n");
    for (RunResult r : results) {
      Result<?> p = r.getPrimaryResult();
      String name = r.getParams().getBenchmark();
      Result<?> floor = floors.get(group(r));
      String ratio;
      if (method(name).startsWith("floor")) {
        ratio = "1.00 (floor)";
      } else if (floor == null || floor.getScore() == 0) {
        ratio = "—";
      } else {
        ratio = String.format(Locale.ROOT, "%.2f", p.getScore() / floor.getScore());
      }
      b.append(
          String.format(
              Locale.ROOT,
              "| %s.%s | %s | %.1f ± %.1f %s | %s |%n",
              simpleClass(name),
              method(name),
              params(r),
              p.getScore(),
              Double.isNaN(p.getScoreError()) ? 0.0 : p.getScoreError(),
              p.getScoreUnit(),
              ratio));
    }
    return b.toString();
  }

  private static String group(RunResult r) {
    String name = r.getParams().getBenchmark();
    return name.substring(0, name.lastIndexOf('.')) + " " + params(r);
  }

  private static String params(RunResult r) {
    StringBuilder b = new StringBuilder();
    for (String k : r.getParams().getParamsKeys()) {
      b.append(b.length() == 0 ? "" : ", ").append(k).append('=').append(r.getParams().getParam(k));
    }
    return b.toString();
  }

  private static String method(String benchmark) {
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }

  private static String simpleClass(String benchmark) {
    String c = benchmark.substring(0, benchmark.lastIndexOf('.'));
    return c.substring(c.lastIndexOf('.') + 1);
  }
}
