package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.model.Golongan;
import id.sisker.model.Pegawai;
import id.sisker.model.StatusPegawai;
import id.sisker.rule.Check;
import id.sisker.rule.Context;
import id.sisker.rule.Emitter;
import java.util.List;

/**
 * PNS carry a golongan ruang and, if written, its own pangkat; PPPK a golongan I–XVII and no
 * pangkat.
 */
public final class PangkatGolonganCheck implements Check {

  static final RuleId RULE = RuleId.of("pegawai.pangkat-golongan");

  @Override
  public List<RuleId> rules() {
    return List.of(RULE);
  }

  @Override
  public void run(Context ctx, Emitter out) {
    for (Pegawai g : ctx.daerah().pegawai()) {
      var path = Paths.pegawai(g.nip());
      if (g.golongan().isEmpty()) {
        if (g.pangkat().isPresent()) {
          out.report(
              RULE,
              path.key("pangkat"),
              Message.of("pegawai.pangkat-golongan.tanpa-golongan", g.pangkat().get()),
              Message.of("pegawai.pangkat-golongan.tanpa-golongan.saran"));
        }
        continue;
      }
      Golongan gol = g.golongan().get();
      if (gol.status() != g.status()) {
        out.report(
            RULE,
            path.key("golongan"),
            Message.of(
                g.status() == StatusPegawai.PNS
                    ? "pegawai.pangkat-golongan.pns"
                    : "pegawai.pangkat-golongan.pppk",
                gol.key()),
            Message.of(
                g.status() == StatusPegawai.PNS
                    ? "pegawai.pangkat-golongan.pns.saran"
                    : "pegawai.pangkat-golongan.pppk.saran"));
        continue;
      }
      if (g.pangkat().isEmpty()) {
        continue;
      }
      if (g.status() == StatusPegawai.PPPK) {
        out.report(
            RULE,
            path.key("pangkat"),
            Message.of("pegawai.pangkat-golongan.pppk-pangkat", g.pangkat().get()),
            Message.of("pegawai.pangkat-golongan.pppk-pangkat.saran"));
      } else if (!gol.matchesPangkat(g.pangkat().get())) {
        out.report(
            RULE,
            path.key("pangkat"),
            Message.of("pegawai.pangkat-golongan", g.pangkat().get(), gol.key(), gol.pangkat()),
            Message.of("pegawai.pangkat-golongan.saran", gol.pangkat(), gol.key()));
      }
    }
  }
}
