package id.sisker.diagram;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Stable node ids from data ids: a kind prefix and the id with every character outside {@code
 * [A-Za-z0-9]} replaced by {@code _}. Two data ids that sanitise alike get {@code _2}, {@code _3} …
 * in the order they are first met, which is YAML order, so ids never change between runs.
 */
final class Ids {

  private final Map<String, String> byKey = new HashMap<>();
  private final Set<String> taken = new HashSet<>();

  String of(String kind, String key) {
    return byKey.computeIfAbsent(
        kind + "\u0000" + key,
        k -> {
          StringBuilder b = new StringBuilder(kind).append('_');
          for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            b.append(c < 128 && Character.isLetterOrDigit(c) ? c : '_');
          }
          String base = b.toString();
          String id = base;
          for (int n = 2; !taken.add(id); n++) {
            id = base + "_" + n;
          }
          return id;
        });
  }

  boolean known(String kind, String key) {
    return byKey.containsKey(kind + "\u0000" + key);
  }
}
