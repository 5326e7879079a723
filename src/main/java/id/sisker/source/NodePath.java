package id.sisker.source;

import java.util.Objects;

/**
 * A stable address of a model element, built from YAML keys and ids rather than positions, e.g.
 * {@code perangkat_daerah[dishub].jabatan[kasi-lalin].atasan}. It survives reformatting and
 * reordering, so baselines and suppressions can refer to it.
 */
public record NodePath(String value) implements Comparable<NodePath> {

  public static final NodePath ROOT = new NodePath("");

  public NodePath {
    Objects.requireNonNull(value, "value");
  }

  public static NodePath of(String key) {
    return ROOT.key(key);
  }

  /** A field of this element. */
  public NodePath key(String key) {
    return new NodePath(value.isEmpty() ? key : value + "." + key);
  }

  /** An element of a list, addressed by its id. */
  public NodePath id(String key, String id) {
    return new NodePath(key(key).value + "[" + id + "]");
  }

  /** An element of a list that has no id, addressed by its index. */
  public NodePath index(int index) {
    return new NodePath(value + "[" + index + "]");
  }

  public boolean isRoot() {
    return value.isEmpty();
  }

  @Override
  public int compareTo(NodePath o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }

  // Written out rather than left to the record: the record's are linked through invokedynamic on
  // first use, a cost a short run notices (ADR 0083). Same values as the record's.
  @Override
  public boolean equals(Object o) {
    return o instanceof NodePath p && value.equals(p.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
