package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.model.Jabatan;
import id.sisker.model.JabatanId;
import id.sisker.model.PerangkatDaerah;
import id.sisker.rule.Check;
import id.sisker.rule.Context;
import id.sisker.rule.Emitter;
import id.sisker.source.NodePath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The atasan relation is a tree rooted at the heads of the perangkat daerah (who answer to the
 * Kepala Daerah): every other position has an atasan, and following atasan never comes back.
 */
public final class KedudukanCheck implements Check {

  static final RuleId SIKLUS = RuleId.of("kedudukan.siklus");
  static final RuleId WAJIB = RuleId.of("kedudukan.atasan-wajib");

  @Override
  public List<RuleId> rules() {
    return List.of(SIKLUS, WAJIB);
  }

  @Override
  public void run(Context ctx, Emitter out) {
    Set<JabatanId> heads = new HashSet<>();
    for (PerangkatDaerah pd : ctx.daerah().perangkatDaerah()) {
      pd.kepala().ifPresent(heads::add);
    }
    int n = ctx.indeks().jumlahJabatan();
    Map<JabatanId, Optional<JabatanId>> atasan = new HashMap<>((int) (n / 0.75f) + 1);
    for (Jabatan j : ctx.indeks().semuaJabatan()) {
      atasan.put(j.id(), j.atasan());
      if (j.atasan().isEmpty() && !heads.contains(j.id())) {
        out.report(
            WAJIB,
            Paths.jabatan(j.id()),
            Message.of("kedudukan.atasan-wajib", j.id(), j.nama()),
            Message.of("kedudukan.atasan-wajib.saran"));
      }
    }
    // Walk up from every position; positions already known to end at a root are not walked again.
    Set<JabatanId> done = new HashSet<>((int) (n / 0.75f) + 1);
    // One trail, emptied for each walk: most walks stop after a step or two at a known position.
    LinkedHashSet<JabatanId> trail = new LinkedHashSet<>();
    for (Jabatan j : ctx.indeks().semuaJabatan()) {
      trail.clear();
      JabatanId cur = j.id();
      while (cur != null && !done.contains(cur) && trail.add(cur)) {
        cur = atasan.getOrDefault(cur, Optional.empty()).orElse(null);
      }
      if (cur != null && trail.contains(cur)) {
        List<JabatanId> cycle = new ArrayList<>();
        boolean in = false;
        for (JabatanId t : trail) {
          in |= t.equals(cur);
          if (in) {
            cycle.add(t);
          }
        }
        JabatanId first = cycle.stream().min(JabatanId::compareTo).orElseThrow();
        List<NodePath> related = cycle.stream().map(c -> Paths.jabatan(c).key("atasan")).toList();
        List<String> names = rotate(cycle, first).stream().map(JabatanId::toString).toList();
        out.report(
            SIKLUS,
            Paths.jabatan(first).key("atasan"),
            Message.of("kedudukan.siklus", String.join(" → ", names) + " → " + first),
            Message.of("kedudukan.siklus.saran"),
            related);
      }
      done.addAll(trail);
    }
  }

  /**
   * The cycle starting at its smallest member, so the message is the same whatever order files come
   * in.
   */
  private static List<JabatanId> rotate(List<JabatanId> cycle, JabatanId first) {
    int i = cycle.indexOf(first);
    List<JabatanId> r = new ArrayList<>(cycle.subList(i, cycle.size()));
    r.addAll(cycle.subList(0, i));
    return r;
  }
}
