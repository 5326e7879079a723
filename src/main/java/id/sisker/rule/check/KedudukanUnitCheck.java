package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.model.Jabatan;
import id.sisker.model.JabatanId;
import id.sisker.model.Unit;
import id.sisker.profile.Org;
import id.sisker.rule.Check;
import id.sisker.rule.Context;
import id.sisker.rule.Emitter;
import java.util.List;
import java.util.Optional;

/**
 * The peta jabatan and the kedudukan agree: a position sits in the unit its atasan leads, and a
 * unit's head answers to the head of the unit above. The Pimpinan Unit Organisasi of a pegawai is
 * the head of the unit the position sits in, so a mismatch sends letters and reports to the wrong
 * official. An atasan written as kepala_daerah (Staf Ahli, heads of perangkat daerah) is a
 * deliberate statement and is not questioned.
 */
public final class KedudukanUnitCheck implements Check {

  static final RuleId RULE = RuleId.of("kedudukan.unit");

  @Override
  public List<RuleId> rules() {
    return List.of(RULE);
  }

  @Override
  public void run(Context ctx, Emitter out) {
    Org org = new Org(ctx.indeks());
    for (Jabatan j : ctx.indeks().semuaJabatan()) {
      if (j.atasan().isEmpty()
          || j.atasan().get().isKepalaDaerah()
          || ctx.indeks().jabatan(j.atasan().get()).isEmpty()
          // Its own atasan: kedudukan.siklus says so; which unit it "should" report to is moot.
          || j.atasan().get().equals(j.id())) {
        continue;
      }
      Optional<Unit> unit = ctx.indeks().unit(j.unit());
      if (unit.isEmpty()) {
        continue;
      }
      boolean head = unit.get().kepala().map(k -> k.equals(j.id())).orElse(false);
      Optional<JabatanId> expected =
          head ? unit.get().induk().flatMap(org::head).map(Jabatan::id) : unit.get().kepala();
      if (expected.isEmpty()
          || expected.get().equals(j.atasan().get())
          || expected.get().equals(j.id())) {
        continue;
      }
      // A Sekretaris Camat/Lurah or a Kasubbag recorded as a position of this unit rather than as
      // the head of a sub-unit (as many peta jabatan do) is a superior within the unit; its own
      // place is checked in turn.
      boolean withinUnit =
          !head
              && ctx.indeks()
                  .jabatan(j.atasan().get())
                  .map(a -> a.unit().equals(j.unit()))
                  .orElse(false);
      if (withinUnit) {
        continue;
      }
      out.report(
          RULE,
          Paths.jabatan(j.id()).key("atasan"),
          Message.of(
              head ? "kedudukan.unit.kepala" : "kedudukan.unit",
              j.id(),
              j.atasan().get(),
              j.unit(),
              expected.get()),
          Message.of(
              head ? "kedudukan.unit.kepala.saran" : "kedudukan.unit.saran",
              expected.get().id(),
              j.atasan().get()));
    }
  }
}
