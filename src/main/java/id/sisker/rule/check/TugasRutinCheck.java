package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.model.DataPath;
import id.sisker.model.JenisTugas;
import id.sisker.model.Penugasan;
import id.sisker.model.Periode;
import id.sisker.model.TimKerja;
import id.sisker.profile.Ketentuan;
import id.sisker.profile.Profile;
import id.sisker.rule.Check;
import id.sisker.rule.Context;
import id.sisker.rule.Emitter;
import id.sisker.source.NodePath;
import java.util.List;
import java.util.Optional;

/**
 * Routine work stays within one fiscal year (TGS-009): a team or assignment recorded as {@code
 * jenis_tugas: rutin} whose period ends in a later year than it starts. Enforced where the profile
 * names the rule with its clause (IH Lampiran huruf C angka 2: "tugas rutin ... dilaksanakan dalam
 * periode 1 (satu) tahun anggaran").
 */
public final class TugasRutinCheck implements Check {

  static final RuleId RULE = RuleId.of("penugasan.tugas-rutin");

  @Override
  public List<RuleId> rules() {
    return List.of(RULE);
  }

  @Override
  public List<Ketentuan> basis(RuleId rule, Profile p) {
    return Disebut.basis(rule, p);
  }

  @Override
  public void run(Context ctx, Emitter out) {
    Optional<Ketentuan> k = Disebut.of(RULE, ctx.profile());
    if (k.isEmpty()) {
      return;
    }
    for (TimKerja t : ctx.daerah().timKerja()) {
      if (t.jenisTugas() == JenisTugas.RUTIN && crosses(t.periode())) {
        report(out, new NodePath(DataPath.timKerja(t.id())).key("periode"), t.id(), t.periode(), k);
      }
    }
    for (Penugasan t : ctx.daerah().penugasan()) {
      if (t.jenisTugas().orElse(null) == JenisTugas.RUTIN && crosses(t.periode())) {
        report(
            out, new NodePath(DataPath.penugasan(t.id())).key("periode"), t.id(), t.periode(), k);
      }
    }
  }

  /** Whether the period ends in a later fiscal (calendar) year than it starts. */
  private static boolean crosses(Optional<Periode> p) {
    return p.flatMap(x -> x.selesai().map(s -> s.getYear() != x.mulai().getYear())).orElse(false);
  }

  private static void report(
      Emitter out, NodePath at, String id, Optional<Periode> p, Optional<Ketentuan> k) {
    out.report(
        RULE,
        at,
        Message.of(
            "penugasan.tugas-rutin",
            id,
            p.get().mulai().toString(),
            p.get().selesai().get().toString()),
        Message.of("penugasan.tugas-rutin.saran", String.valueOf(p.get().mulai().getYear())),
        k.get());
  }
}
