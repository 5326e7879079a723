package id.sisker.format;

import java.util.List;

/** A mapping with a fixed set of keys; any other key is an error with a "did you mean". */
public record ObjectSpec(String name, Doc doc, List<FieldSpec> fields) {

  public ObjectSpec {
    fields = List.copyOf(fields);
  }

  public FieldSpec field(String key) {
    for (FieldSpec f : fields) {
      if (f.key().equals(key)) {
        return f;
      }
    }
    return null;
  }

  public List<String> keys() {
    return fields.stream().map(FieldSpec::key).toList();
  }
}
