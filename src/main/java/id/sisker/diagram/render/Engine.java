package id.sisker.diagram.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which Graphviz lays a diagram out. */
public enum Engine {
  /** A system {@code dot} when one is on the PATH, else the embedded engine. */
  AUTO,
  /** graphviz-java's viz.js on J2V8, inside the jar: byte-identical SVG on every machine. */
  EMBEDDED,
  /** The system Graphviz {@code dot} (best PNG, fastest on large graphs). */
  DOT;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Engine> of(String key) {
    return Arrays.stream(values()).filter(e -> e.key().equals(key)).findFirst();
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(Engine::key).toList();
  }
}
