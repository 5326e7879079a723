package id.sisker.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Each {@link Keyed} enumeration's constants by key, built once per type: {@code getEnumConstants}
 * copies the array on every call, and a large daerah looks up hundreds of thousands of keys.
 */
final class KeyedLookup {

  private KeyedLookup() {}

  static final ClassValue<Map<String, Object>> BY_KEY =
      new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
          Map<String, Object> m = new HashMap<>();
          for (Object e : type.getEnumConstants()) {
            m.putIfAbsent(((Keyed) e).key(), e);
          }
          return Map.copyOf(m);
        }
      };
}
