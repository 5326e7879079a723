package id.sisker.app;

import id.sisker.finding.Finding;
import id.sisker.finding.Suppression;
import id.sisker.report.BaselineJson;
import id.sisker.source.NodePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The findings a daerah already had when it adopted sisker, so CI fails only on new ones while a
 * legacy peta jabatan is cleaned up. Findings are known by rule and data path (not line numbers),
 * so reformatting or moving entries does not revive them; a count per pair lets a second, new
 * occurrence at the same place still show.
 */
public final class Baseline {

  /** rule + "@" + path → how many such findings are known. */
  private final Map<String, Integer> known;

  private Baseline(Map<String, Integer> known) {
    this.known = new TreeMap<>(known);
  }

  /** The baseline of {@code findings}: every counted, readable finding. */
  public static Baseline of(List<Finding> findings) {
    Map<String, Integer> m = new TreeMap<>();
    for (Finding f : findings) {
      if (!f.fatal() && !f.isSuppressed()) {
        m.merge(key(f), 1, Integer::sum);
      }
    }
    return new Baseline(m);
  }

  public static Baseline read(Path file) throws IOException {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // A FIFO would block the run; a device would feed it endlessly.
      throw new IOException("not a regular file: " + file);
    }
    Map<BaselineJson.Entry, Integer> read =
        BaselineJson.parse(Files.readString(file, StandardCharsets.UTF_8))
            .orElseThrow(() -> new IOException("not a sisker baseline: " + file));
    Map<String, Integer> m = new HashMap<>();
    read.forEach((e, n) -> m.merge(e.rule() + "@" + e.path(), n, Integer::sum));
    return new Baseline(m);
  }

  /** The file's text: sorted, so the same findings always give the same bytes. */
  public String render() {
    Map<BaselineJson.Entry, Integer> out = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : known.entrySet()) {
      int at = e.getKey().indexOf('@');
      out.put(
          new BaselineJson.Entry(e.getKey().substring(0, at), e.getKey().substring(at + 1)),
          e.getValue());
    }
    return BaselineJson.render(out);
  }

  public int size() {
    return known.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** {@code findings} with those the baseline knows marked as suppressed by it. */
  public List<Finding> apply(List<Finding> findings) {
    Map<String, Integer> left = new HashMap<>(known);
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      String k = key(f);
      int n = left.getOrDefault(k, 0);
      if (n > 0 && !f.fatal() && !f.isSuppressed()) {
        left.put(k, n - 1);
        out.add(
            f.suppress(
                new Suppression(
                    Suppression.Kind.BASELINE,
                    f.path(),
                    f.rule().value(),
                    "baseline",
                    Optional.empty())));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  private static String key(Finding f) {
    NodePath p = f.path();
    return f.rule().value() + "@" + p.value();
  }
}
