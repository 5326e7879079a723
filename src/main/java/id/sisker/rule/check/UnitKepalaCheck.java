package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.model.Jabatan;
import id.sisker.model.JabatanId;
import id.sisker.model.PerangkatDaerah;
import id.sisker.model.Unit;
import id.sisker.model.UnitId;
import id.sisker.rule.Check;
import id.sisker.rule.Context;
import id.sisker.rule.Emitter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every unit has exactly one head: a kepala is named, sits in that unit, heads no other unit, and
 * is one post held by at most one person.
 */
public final class UnitKepalaCheck implements Check {

  static final RuleId RULE = RuleId.of("unit.kepala");

  @Override
  public List<RuleId> rules() {
    return List.of(RULE);
  }

  @Override
  public void run(Context ctx, Emitter out) {
    for (PerangkatDaerah pd : ctx.daerah().perangkatDaerah()) {
      Map<JabatanId, UnitId> headed = new HashMap<>();
      for (Unit u : pd.unit()) {
        var path = Paths.unit(u.id());
        if (u.kepala().isEmpty()) {
          out.report(
              RULE,
              path,
              Message.of("unit.kepala.tidak-ada", u.id(), u.nama()),
              Message.of("unit.kepala.tidak-ada.saran"));
          continue;
        }
        JabatanId k = u.kepala().get();
        Optional<Jabatan> j = ctx.indeks().jabatan(k);
        if (j.isEmpty()) {
          continue; // the unresolved reference was reported while loading
        }
        // A position heading a second unit sits outside at least one of them; saying it heads
        // two units is the whole story, and the position itself was checked with the first unit.
        UnitId other = headed.putIfAbsent(k, u.id());
        if (other != null) {
          out.report(
              RULE,
              path.key("kepala"),
              Message.of("unit.kepala.ganda", k, other, u.id()),
              Message.of("unit.kepala.ganda.saran"),
              List.of(Paths.unit(other).key("kepala")));
          continue;
        }
        if (!j.get().unit().equals(u.id())) {
          out.report(
              RULE,
              path.key("kepala"),
              Message.of("unit.kepala.di-luar", k, u.id(), j.get().unit()),
              Message.of("unit.kepala.di-luar.saran", k.id()));
        }
        if (j.get().kebutuhan() != 1 || j.get().bezetting() > 1) {
          out.report(
              RULE,
              Paths.jabatan(k),
              Message.of("unit.kepala.jumlah", k, u.id(), j.get().kebutuhan(), j.get().bezetting()),
              Message.of("unit.kepala.jumlah.saran"));
        }
      }
    }
  }
}
