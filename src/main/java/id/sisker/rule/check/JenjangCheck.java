package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.model.Jabatan;
import id.sisker.model.JenisJabatan;
import id.sisker.rule.Check;
import id.sisker.rule.Context;
import id.sisker.rule.Emitter;
import java.util.List;

/**
 * Fungsional positions name a kategori and a jenjang of that kategori; other positions name
 * neither.
 */
public final class JenjangCheck implements Check {

  static final RuleId RULE = RuleId.of("jabatan.jenjang");

  @Override
  public List<RuleId> rules() {
    return List.of(RULE);
  }

  @Override
  public void run(Context ctx, Emitter out) {
    for (Jabatan j : ctx.indeks().semuaJabatan()) {
      var path = Paths.jabatan(j.id());
      if (j.jenis() == JenisJabatan.FUNGSIONAL) {
        if (j.jenjang().isEmpty()) {
          out.report(
              RULE,
              path,
              Message.of("jabatan.jenjang.tidak-ada", j.id()),
              Message.of("jabatan.jenjang.tidak-ada.saran"));
        } else if (j.kategori().isPresent() && j.kategori().get() != j.jenjang().get().kategori()) {
          out.report(
              RULE,
              path.key("jenjang"),
              Message.of(
                  "jabatan.jenjang.kategori",
                  j.id(),
                  j.jenjang().get().key(),
                  j.kategori().get().key()),
              Message.of("jabatan.jenjang.kategori.saran", j.jenjang().get().kategori().key()));
        } else if (j.kategori().isEmpty()) {
          out.report(
              RULE,
              path,
              Message.of("jabatan.jenjang.tanpa-kategori", j.id()),
              Message.of(
                  "jabatan.jenjang.tanpa-kategori.saran", j.jenjang().get().kategori().key()));
        }
      } else if (j.jenjang().isPresent() || j.kategori().isPresent() || j.penyetaraan()) {
        out.report(
            RULE,
            path.key(
                j.jenjang().isPresent()
                    ? "jenjang"
                    : j.kategori().isPresent() ? "kategori" : "penyetaraan"),
            Message.of("jabatan.jenjang.bukan-fungsional", j.id(), j.jenis().key()),
            Message.of("jabatan.jenjang.bukan-fungsional.saran"));
      }
    }
  }
}
