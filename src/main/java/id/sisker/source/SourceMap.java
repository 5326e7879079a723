package id.sisker.source;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Maps each node path that the loader produced to the span it came from. Rules speak in node paths;
 * only reports turn them into {@code file:line:col}.
 *
 * <p>Only objects are registered (with their {@link Tree}); the span of a field ({@code
 * ….jabatan[kadis].atasan}) or of a list item ({@code ….pemangku[0]}) is found on demand from the
 * registered object above it. A large daerah has millions of fields and only a few findings, so
 * recording every field's path up front cost more than the rest of the loading together.
 */
public final class SourceMap {

  /**
   * A node of the source tree below a registered path, able to say where its parts are. The yaml
   * package's nodes implement it; the map never looks inside them otherwise.
   */
  public interface Tree {

    Span span();

    /** The value written under {@code key}, if this is a mapping that has it. */
    Tree child(String key);

    /**
     * Where the entry for {@code key} is, as findings about that field should point: for a scalar
     * its value, for a mapping or list from the key to the end of the value; null if absent.
     */
    Span entrySpan(String key);

    /** The {@code index}-th item, if this is a sequence that long. */
    Tree item(int index);
  }

  private final Map<NodePath, Span> spans = new HashMap<>();
  private final Map<NodePath, Tree> trees = new HashMap<>();

  /** Files whose trees this map holds on behalf of another file with the same text (ADR 80). */
  private final Map<SourceFile, SourceFile> shownAs = new HashMap<>();

  /**
   * Shows every span in {@code read} as being in {@code shown}: the trees of a file were parsed
   * once, under another version's name, and are shared by a file with the same text.
   */
  public void showAs(SourceFile read, SourceFile shown) {
    if (!read.equals(shown)) {
      shownAs.put(read, shown);
    }
  }

  /** Records {@code span} for {@code path}; the first record of a path wins. */
  public void put(NodePath path, Span span) {
    spans.putIfAbsent(path, span);
  }

  /** Registers the object at {@code path}; its fields and items are located on demand. */
  public void tree(NodePath path, Tree node) {
    trees.putIfAbsent(path, node);
  }

  /** The span of {@code path}, or of its nearest ancestor that has one. */
  public Optional<Span> find(NodePath path) {
    NodePath p = path;
    while (true) {
      Span s = locate(p);
      if (s != null) {
        return Optional.of(shown(s));
      }
      if (p.isRoot()) {
        return Optional.empty();
      }
      p = parent(p);
    }
  }

  /** Exact lookup without walking up. */
  public Optional<Span> exact(NodePath path) {
    return Optional.ofNullable(locate(path)).map(this::shown);
  }

  private Span shown(Span s) {
    if (shownAs.isEmpty()) {
      return s;
    }
    SourceFile to = shownAs.get(s.file());
    return to == null ? s : new Span(to, s.line(), s.column(), s.endLine(), s.endColumn());
  }

  public void putAll(SourceMap other) {
    other.spans.forEach(this::put);
    other.trees.forEach(this::tree);
    other.shownAs.forEach(this.shownAs::putIfAbsent);
  }

  /** How many paths were registered (objects and explicit spans). */
  public int size() {
    return spans.size() + trees.size();
  }

  private Span locate(NodePath path) {
    Span s = spans.get(path);
    if (s != null || path.isRoot()) {
      return s != null ? s : spanOf(trees.get(path));
    }
    Step step = Step.of(path);
    if (step.key == null) {
      // An item: registered when it is an object ([id] or [n]); an id may look like an index.
      Tree own = trees.get(path);
      if (own != null || step.index < 0) {
        return spanOf(own);
      }
      Tree parent = tree(step.parent);
      return parent == null ? null : spanOf(parent.item(step.index));
    }
    // A field: from the entry in its object, as a finding about the field should point.
    Tree parent = tree(step.parent);
    s = parent == null ? null : parent.entrySpan(step.key);
    return s != null ? s : spanOf(trees.get(path));
  }

  /** The tree at {@code path}: registered, or derived from a registered ancestor. */
  private Tree tree(NodePath path) {
    Tree t = trees.get(path);
    if (t != null || path.isRoot()) {
      return t;
    }
    Step step = Step.of(path);
    Tree parent = tree(step.parent);
    if (parent == null) {
      return null;
    }
    return step.key != null
        ? parent.child(step.key)
        : step.index >= 0 ? parent.item(step.index) : null;
  }

  private static Span spanOf(Tree t) {
    return t == null ? null : t.span();
  }

  /** The last step of a path: a key ({@code .atasan}), an index ({@code [3]}) or an id. */
  private record Step(NodePath parent, String key, int index) {

    static Step of(NodePath path) {
      NodePath parent = SourceMap.parent(path);
      String v = path.value();
      String rest = v.substring(parent.isRoot() ? 0 : parent.value().length());
      if (rest.startsWith(".")) {
        return new Step(parent, rest.substring(1), -1);
      }
      if (rest.startsWith("[") && rest.endsWith("]")) {
        return new Step(parent, null, index(rest.substring(1, rest.length() - 1)));
      }
      return new Step(parent, parent.isRoot() ? rest : null, -1);
    }

    /** The number in {@code [n]}, or -1 for an id. */
    private static int index(String s) {
      if (s.isEmpty() || s.length() > 9) {
        return -1;
      }
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        n = n * 10 + (c - '0');
      }
      return n;
    }
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
