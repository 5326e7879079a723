package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.model.Jabatan;
import id.sisker.rule.Check;
import id.sisker.rule.Context;
import id.sisker.rule.Emitter;
import java.util.List;

/**
 * B (holders) over K (requirement) in the peta jabatan, and a written {@code bezetting} that the
 * holders listed beside it contradict.
 */
public final class BezettingCheck implements Check {

  static final RuleId RULE = RuleId.of("jabatan.bezetting");
  static final RuleId PEMANGKU = RuleId.of("jabatan.bezetting-pemangku");

  @Override
  public List<RuleId> rules() {
    return List.of(RULE, PEMANGKU);
  }

  @Override
  public void run(Context ctx, Emitter out) {
    for (Jabatan j : ctx.indeks().semuaJabatan()) {
      // B is where it came from: the holders listed, or the number written without them.
      String asal = j.bezettingDariKunci() ? "bezetting" : "pemangku";
      if (j.bezetting() > j.kebutuhan()) {
        out.report(
            RULE,
            Paths.jabatan(j.id()).key(asal),
            Message.of(
                // A written bezetting has no holders to count: the text must not say it has.
                j.bezettingDariKunci() ? "jabatan.bezetting.tertulis" : "jabatan.bezetting",
                j.id(),
                j.bezetting(),
                j.kebutuhan(),
                j.bezetting() - j.kebutuhan()),
            Message.of("jabatan.bezetting.saran"));
      }
      if (!j.pemangku().isEmpty()
          && j.bezettingTertulis().isPresent()
          && j.bezettingTertulis().get() != j.pemangku().size()) {
        out.report(
            PEMANGKU,
            Paths.jabatan(j.id()).key("bezetting"),
            Message.of(
                "jabatan.bezetting-pemangku",
                j.id(),
                j.bezettingTertulis().get(),
                j.pemangku().size()),
            Message.of("jabatan.bezetting-pemangku.saran"),
            List.of(Paths.jabatan(j.id()).key("pemangku")));
      }
    }
  }
}
