package id.sisker.model;

/** An enumeration whose constants are written in YAML as a fixed key. */
public interface Keyed {

  /** The value as written in YAML. */
  String key();

  /** The constant of {@code type} written as {@code key}, or null. */
  static <E extends Enum<E> & Keyed> E byKey(Class<E> type, String key) {
    return key == null ? null : type.cast(KeyedLookup.BY_KEY.get(type).get(key));
  }
}
