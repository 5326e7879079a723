package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.model.Jabatan;
import id.sisker.model.JabatanId;
import id.sisker.model.Pegawai;
import id.sisker.rule.Check;
import id.sisker.rule.Context;
import id.sisker.rule.Emitter;
import id.sisker.source.NodePath;
import java.util.List;

/** A pegawai holds at most one definitive position. */
public final class JabatanGandaCheck implements Check {

  static final RuleId RULE = RuleId.of("pegawai.jabatan-ganda");

  @Override
  public List<RuleId> rules() {
    return List.of(RULE);
  }

  @Override
  public void run(Context ctx, Emitter out) {
    for (Pegawai g : ctx.daerah().pegawai()) {
      // A NIP written twice in one pemangku list is still one position.
      List<Jabatan> all = ctx.indeks().jabatanOf(g.nip());
      if (all.size() < 2) {
        continue;
      }
      List<Jabatan> held = all.stream().distinct().toList();
      if (held.size() < 2) {
        continue;
      }
      List<String> names = held.stream().map(j -> j.id().toString()).toList();
      List<NodePath> where = held.stream().map(j -> pemangku(j.id())).toList();
      out.report(
          RULE,
          where.get(1),
          Message.of("pegawai.jabatan-ganda", g.nip(), String.join(", ", names)),
          Message.of("pegawai.jabatan-ganda.saran"),
          where);
    }
  }

  private static NodePath pemangku(JabatanId id) {
    return Paths.jabatan(id).key("pemangku");
  }
}
