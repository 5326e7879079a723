package id.sisker.profile;

import id.sisker.yaml.YEntry;
import id.sisker.yaml.YMapping;
import id.sisker.yaml.YNode;
import id.sisker.yaml.YScalar;
import id.sisker.yaml.YSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Merges a profile over the profile it extends, on the YAML trees, so every merged node keeps the
 * position of the file it came from. Mappings merge key by key; lists replace, except {@code
 * model_struktur} (merged by id) and {@code aturan} (adjustments accumulate, later ones win).
 */
final class TreeMerge {

  private static final Set<String> BY_ID = Set.of("model_struktur");
  private static final Set<String> APPEND = Set.of("aturan");

  /** Parent values a child never inherits. */
  private static final Set<String> OWN = Set.of("id", "nama", "extends", "regulasi", "daerah");

  private TreeMerge() {}

  /**
   * The {@code profil} mapping of {@code child} with what it does not say taken from {@code
   * parent}.
   */
  static YMapping profil(YMapping parent, YMapping child) {
    List<YEntry> out = new ArrayList<>();
    for (YEntry p : parent.entries()) {
      String k = p.key().value();
      if (OWN.contains(k)) {
        continue;
      }
      YEntry c = child.entry(k);
      out.add(c == null ? p : new YEntry(c.key(), merge(k, p.value(), c.value())));
    }
    for (YEntry c : child.entries()) {
      if (parent.entry(c.key().value()) == null || OWN.contains(c.key().value())) {
        out.add(c);
      }
    }
    return new YMapping(out, child.span());
  }

  private static YNode merge(String key, YNode parent, YNode child) {
    if (parent instanceof YSequence ps && child instanceof YSequence cs) {
      if (APPEND.contains(key)) {
        List<YNode> all = new ArrayList<>(ps.items());
        all.addAll(cs.items());
        return new YSequence(all, cs.span());
      }
      if (BY_ID.contains(key)) {
        List<YNode> all = new ArrayList<>();
        for (YNode p : ps.items()) {
          YNode replaced = null;
          for (YNode c : cs.items()) {
            if (id(c) != null && id(c).equals(id(p))) {
              replaced = c;
            }
          }
          all.add(replaced != null ? replaced : p);
        }
        for (YNode c : cs.items()) {
          if (ps.items().stream().noneMatch(p -> id(p) != null && id(p).equals(id(c)))) {
            all.add(c);
          }
        }
        return new YSequence(all, cs.span());
      }
      return child;
    }
    if (parent instanceof YMapping pm && child instanceof YMapping cm) {
      List<YEntry> out = new ArrayList<>();
      for (YEntry p : pm.entries()) {
        YEntry c = cm.entry(p.key().value());
        out.add(c == null ? p : new YEntry(c.key(), merge(p.key().value(), p.value(), c.value())));
      }
      for (YEntry c : cm.entries()) {
        if (pm.entry(c.key().value()) == null) {
          out.add(c);
        }
      }
      return new YMapping(out, cm.span());
    }
    return child;
  }

  private static String id(YNode n) {
    if (n instanceof YMapping m
        && m.entry("id") != null
        && m.entry("id").value() instanceof YScalar s) {
      return s.value();
    }
    return null;
  }
}
