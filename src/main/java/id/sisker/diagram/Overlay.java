package id.sisker.diagram;

import id.sisker.finding.Finding;
import id.sisker.finding.Severity;
import id.sisker.model.DataPath;
import id.sisker.model.JabatanId;
import id.sisker.model.UnitId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The findings overlay: which jabatan, unit, team, assignment or pegawai a finding is about (by the
 * data path it reports), and the worst severity and rule ids there. Suppressed findings and info
 * are not drawn.
 */
public final class Overlay {

  private record Entry(Graph.Mark mark, TreeSet<String> rules) {}

  private final Map<String, Entry> byPath = new LinkedHashMap<>();

  static final Overlay NONE = new Overlay(List.of());

  Overlay(List<Finding> findings) {
    for (Finding f : findings) {
      if (f.isSuppressed() || f.severity() == Severity.INFO) {
        continue;
      }
      Graph.Mark m = f.severity() == Severity.ERROR ? Graph.Mark.ERROR : Graph.Mark.WARNING;
      // under the entity it is about, and under its own path (a line such as .penilai)
      for (String key : new LinkedHashSet<>(List.of(owner(f.path().value()), f.path().value()))) {
        Entry e = byPath.computeIfAbsent(key, k -> new Entry(Graph.Mark.NONE, new TreeSet<>()));
        e.rules().add(f.rule().value());
        if (m.compareTo(e.mark()) > 0) {
          byPath.put(key, new Entry(m, e.rules()));
        }
      }
    }
  }

  /** The entity a data path is about: the path up to the first {@code ]} after an entity key. */
  public static String owner(String path) {
    for (String entity : List.of(".jabatan[", ".unit[", "tim_kerja[", "penugasan[", "pegawai[")) {
      int i = path.indexOf(entity);
      if (i >= 0) {
        int end = path.indexOf(']', i);
        return end < 0 ? path : path.substring(0, end + 1);
      }
    }
    int end = path.indexOf(']');
    return path.startsWith("perangkat_daerah[") && end > 0 ? path.substring(0, end + 1) : path;
  }

  /** The paths whose marks were drawn, in the order first drawn. */
  final java.util.Set<String> used = new java.util.LinkedHashSet<>();

  Graph.Mark mark(String path) {
    Entry e = byPath.get(path);
    if (e != null && e.mark() != Graph.Mark.NONE) {
      used.add(path);
    }
    return e == null ? Graph.Mark.NONE : e.mark();
  }

  List<String> rules(String path) {
    Entry e = byPath.get(path);
    return e == null ? List.of() : new ArrayList<>(e.rules());
  }

  Graph.Mark jabatan(JabatanId id) {
    return mark(DataPath.jabatan(id));
  }

  List<String> jabatanRules(JabatanId id) {
    return rules(DataPath.jabatan(id));
  }

  Graph.Mark unit(UnitId id) {
    return mark(DataPath.unit(id));
  }

  static Graph.Mark worst(Graph.Mark a, Graph.Mark b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
