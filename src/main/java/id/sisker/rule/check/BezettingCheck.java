package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.model.Jabatan;
import id.sisker.rule.Check;
import id.sisker.rule.Context;
import id.sisker.rule.Emitter;
import java.util.List;

/** B (holders) over K (requirement) in the peta jabatan. */
public final class BezettingCheck implements Check {

  static final RuleId RULE = RuleId.of("jabatan.bezetting");

  @Override
  public List<RuleId> rules() {
    return List.of(RULE);
  }

  @Override
  public void run(Context ctx, Emitter out) {
    for (Jabatan j : ctx.indeks().semuaJabatan()) {
      if (j.bezetting() > j.kebutuhan()) {
        out.report(
            RULE,
            Paths.jabatan(j.id()).key("pemangku"),
            Message.of(
                "jabatan.bezetting",
                j.id(),
                j.bezetting(),
                j.kebutuhan(),
                j.bezetting() - j.kebutuhan()),
            Message.of("jabatan.bezetting.saran"));
      }
    }
  }
}
