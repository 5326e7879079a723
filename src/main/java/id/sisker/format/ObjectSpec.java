package id.sisker.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A mapping with a fixed set of keys; any other key is an error with a "did you mean".
 *
 * <p>A class rather than a record only to hold the index of its keys: every key of every mapping
 * read is looked up here, several times, and a linear search through twenty keys was a twentieth of
 * the reader threads' time on a large daerah.
 */
public final class ObjectSpec {

  private final String name;
  private final Doc doc;
  private final List<FieldSpec> fields;
  private final Map<String, Integer> index;

  public ObjectSpec(String name, Doc doc, List<FieldSpec> fields) {
    this.name = name;
    this.doc = doc;
    this.fields = List.copyOf(fields);
    Map<String, Integer> ix = new HashMap<>();
    for (int i = 0; i < this.fields.size(); i++) {
      ix.putIfAbsent(this.fields.get(i).key(), i);
    }
    this.index = ix;
  }

  public String name() {
    return name;
  }

  public Doc doc() {
    return doc;
  }

  public List<FieldSpec> fields() {
    return fields;
  }

  public FieldSpec field(String key) {
    int i = indexOf(key);
    return i < 0 ? null : fields.get(i);
  }

  /** The position of {@code key} among the fields, or -1. */
  public int indexOf(String key) {
    Integer i = index.get(key);
    return i == null ? -1 : i;
  }

  public List<String> keys() {
    return fields.stream().map(FieldSpec::key).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ObjectSpec s
        && name.equals(s.name)
        && doc.equals(s.doc)
        && fields.equals(s.fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, doc, fields);
  }

  @Override
  public String toString() {
    return "ObjectSpec[name=" + name + ", fields=" + keys() + "]";
  }
}
