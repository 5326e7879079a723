package id.sisker.format;

/**
 * A key of an object.
 *
 * @param example a value shown in docs/format.md and in the schema
 * @param rule the rule id reported when a value breaks this field's range or pattern, when that
 *     check is one of the catalogue's integrity rules rather than a plain format error; null for
 *     the generic {@code yaml.nilai}
 */
public record FieldSpec(
    String key, Type type, boolean required, Doc doc, String example, String rule) {

  public FieldSpec(String key, Type type, boolean required, Doc doc, String example) {
    this(key, type, required, doc, example, null);
  }

  /** This field with its constraint violations reported under {@code ruleId}. */
  public FieldSpec checkedBy(String ruleId) {
    return new FieldSpec(key, type, required, doc, example, ruleId);
  }
}
