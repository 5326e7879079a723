package id.sisker.format;

import java.util.List;

/** A mapping with a fixed set of keys; any other key is an error with a "did you mean". */
public record ObjectSpec(String name, Doc doc, List<FieldSpec> fields) {

  public ObjectSpec {
    fields = List.copyOf(fields);
  }

  public FieldSpec field(String key) {
    int i = indexOf(key);
    return i < 0 ? null : fields.get(i);
  }

  /** The position of {@code key} among the fields, or -1. */
  public int indexOf(String key) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  public List<String> keys() {
    return fields.stream().map(FieldSpec::key).toList();
  }
}
