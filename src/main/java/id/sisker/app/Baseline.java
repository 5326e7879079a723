package id.sisker.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sisker.finding.Finding;
import id.sisker.finding.Suppression;
import id.sisker.source.NodePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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
    JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    if (root == null || !root.path("findings").isArray()) {
      throw new IOException("not a sisker baseline: " + file);
    }
    Map<String, Integer> m = new HashMap<>();
    for (JsonNode n : root.get("findings")) {
      m.merge(
          n.path("rule").asText() + "@" + n.path("path").asText(),
          Math.max(1, n.path("count").asInt(1)),
          Integer::sum);
    }
    return new Baseline(m);
  }

  /** The file's text: sorted, so the same findings always give the same bytes. */
  public String render() {
    ObjectNode root = JSON.createObjectNode();
    root.put("tool", "sisker");
    root.put("baselineVersion", 1);
    ArrayNode a = root.putArray("findings");
    for (Map.Entry<String, Integer> e : known.entrySet()) {
      int at = e.getKey().indexOf('@');
      ObjectNode n = a.addObject();
      n.put("rule", e.getKey().substring(0, at));
      n.put("path", e.getKey().substring(at + 1));
      n.put("count", e.getValue());
    }
    try {
      return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
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
