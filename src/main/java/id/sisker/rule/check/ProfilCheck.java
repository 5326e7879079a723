package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.model.PerangkatDaerah;
import id.sisker.model.Unit;
import id.sisker.profile.ModelStruktur;
import id.sisker.profile.Profile;
import id.sisker.rule.Check;
import id.sisker.rule.Context;
import id.sisker.rule.Emitter;
import id.sisker.source.NodePath;
import id.sisker.text.Suggest;
import java.util.List;
import java.util.Optional;

/** The profile named by the daerah exists, and every declared structure model exists in it. */
public final class ProfilCheck implements Check {

  static final RuleId PROFIL = RuleId.of("ref.profil");
  static final RuleId MODEL = RuleId.of("ref.model");

  @Override
  public List<RuleId> rules() {
    return List.of(PROFIL, MODEL);
  }

  @Override
  public void run(Context ctx, Emitter out) {
    if (ctx.profile().isEmpty()) {
      String id = ctx.daerah().profil();
      List<String> near = Suggest.closest(id, ctx.knownProfiles(), 3);
      out.report(
          PROFIL,
          NodePath.of("daerah").key("profil"),
          Message.of("ref.profil", id),
          near.isEmpty()
              ? Message.of("ref.profil.saran", String.join(", ", ctx.knownProfiles()))
              : Message.of("saran.maksud", String.join("\", \"", near)));
      return;
    }
    Profile p = ctx.profile().get();
    List<String> ids = p.modelStruktur().stream().map(ModelStruktur::id).toList();
    for (PerangkatDaerah pd : ctx.daerah().perangkatDaerah()) {
      check(out, p, ids, pd.model(), Paths.unit(pd.root().id()).key("model"));
      for (Unit u : pd.unit()) {
        if (!u.id().isRoot()) {
          check(out, p, ids, u.model(), Paths.unit(u.id()).key("model"));
        }
      }
    }
  }

  private static void check(
      Emitter out, Profile p, List<String> ids, Optional<String> model, NodePath path) {
    if (model.isEmpty() || ids.contains(model.get())) {
      return;
    }
    List<String> near = Suggest.closest(model.get(), ids, 3);
    out.report(
        MODEL,
        path,
        Message.of("ref.model", model.get(), p.id()),
        near.isEmpty()
            ? Message.of("ref.model.saran", ids.isEmpty() ? "-" : String.join(", ", ids))
            : Message.of("saran.maksud", String.join("\", \"", near)));
  }
}
