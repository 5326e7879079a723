package id.sisker.source;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Maps each node path that the loader produced to the span it came from. Rules speak in node paths;
 * only reports turn them into {@code file:line:col}.
 */
public final class SourceMap {

  private final Map<NodePath, Span> spans = new HashMap<>();

  public void put(NodePath path, Span span) {
    spans.putIfAbsent(path, span);
  }

  /** The span of {@code path}, or of its nearest ancestor that has one. */
  public Optional<Span> find(NodePath path) {
    NodePath p = path;
    while (true) {
      Span s = spans.get(p);
      if (s != null) {
        return Optional.of(s);
      }
      if (p.isRoot()) {
        return Optional.empty();
      }
      p = parent(p);
    }
  }

  /** Exact lookup without walking up. */
  public Optional<Span> exact(NodePath path) {
    return Optional.ofNullable(spans.get(path));
  }

  public void putAll(SourceMap other) {
    other.spans.forEach(this::put);
  }

  public int size() {
    return spans.size();
  }

  static NodePath parent(NodePath p) {
    String v = p.value();
    int cut = -1;
    int depth = 0;
    for (int i = v.length() - 1; i >= 0; i--) {
      char c = v.charAt(i);
      if (c == ']') {
        depth++;
      } else if (c == '[') {
        depth--;
        if (depth == 0 && i > 0) {
          cut = i;
          break;
        }
      } else if (c == '.' && depth == 0) {
        cut = i;
        break;
      }
    }
    return cut <= 0 ? NodePath.ROOT : new NodePath(v.substring(0, cut));
  }
}
