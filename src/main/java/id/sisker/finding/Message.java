package id.sisker.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A message in no particular language: a key into the message bundles and its arguments. Reports
 * render it in Bahasa Indonesia or English. An argument is either text taken from the data (ids,
 * names, numbers), shown as it is and never interpreted as a pattern, or a nested {@code Message}
 * rendered in the same language (words such as "daftar"/"list").
 */
public record Message(String key, List<Object> args) {

  public Message {
    Objects.requireNonNull(key, "key");
    List<Object> a = new ArrayList<>(args.size());
    for (Object o : args) {
      a.add(o instanceof Message ? o : String.valueOf(o));
    }
    args = List.copyOf(a);
  }

  public static Message of(String key, Object... args) {
    return new Message(key, List.of(args));
  }
}
