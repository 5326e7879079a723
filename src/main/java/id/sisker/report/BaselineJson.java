package id.sisker.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The baseline file's JSON: {@code {"tool": "sisker", "baselineVersion": 1, "findings": [{"rule",
 * "path", "count"}]}}. Which findings a baseline knows is decided in {@code app.Baseline}; this
 * only reads and writes the format.
 */
public final class BaselineJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BaselineJson() {}

  /** One known place: a rule at a data path. */
  public record Entry(String rule, String path) {}

  /** The file's text for {@code known}, in the map's order; the same map gives the same bytes. */
  public static String render(Map<Entry, Integer> known) {
    ObjectNode root = JSON.createObjectNode();
    root.put("tool", "sisker");
    root.put("baselineVersion", 1);
    ArrayNode a = root.putArray("findings");
    for (Map.Entry<Entry, Integer> e : known.entrySet()) {
      ObjectNode n = a.addObject();
      n.put("rule", e.getKey().rule());
      n.put("path", e.getKey().path());
      n.put("count", e.getValue());
    }
    try {
      return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e); // a tree of strings and numbers always serialises
    }
  }

  /**
   * The known places of a baseline file's text (counts of repeated entries added up), or empty when
   * the text is JSON but not a sisker baseline.
   *
   * @throws IOException when the text is not JSON (Jackson says where)
   */
  public static Optional<Map<Entry, Integer>> parse(String text) throws IOException {
    JsonNode root = JSON.readTree(text);
    if (root == null || !root.path("findings").isArray()) {
      return Optional.empty();
    }
    Map<Entry, Integer> m = new LinkedHashMap<>();
    for (JsonNode n : root.get("findings")) {
      m.merge(
          new Entry(n.path("rule").asText(), n.path("path").asText()),
          Math.max(1, n.path("count").asInt(1)),
          Integer::sum);
    }
    return Optional.of(m);
  }
}
