package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.model.DataPath;
import id.sisker.model.JabatanId;
import id.sisker.model.Penugasan;
import id.sisker.model.TimKerja;
import id.sisker.profile.Facts;
import id.sisker.profile.Ketentuan;
import id.sisker.profile.Org;
import id.sisker.profile.Peran;
import id.sisker.profile.Profile;
import id.sisker.profile.Roles;
import id.sisker.rule.Check;
import id.sisker.rule.Context;
import id.sisker.rule.Emitter;
import id.sisker.source.NodePath;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who reports to whom (LAP-001, LAP-003): a recorded reporting line goes to an official the
 * regulation names. Where the article and the Lampiran disagree, the profile lists both; a line
 * only one of them allows is a warning naming that clause.
 */
public final class PelaporanCheck implements Check {

  static final RuleId INDIVIDU = RuleId.of("pelaporan.individu");
  static final RuleId KETUA = RuleId.of("pelaporan.ketua");

  @Override
  public List<RuleId> rules() {
    return List.of(INDIVIDU, KETUA);
  }

  @Override
  public List<Ketentuan> basis(RuleId rule, Profile p) {
    return (rule.equals(INDIVIDU) ? p.pelaporanIndividu() : p.pelaporanKetua())
        .stream().map(Facts.Peranan::ketentuan).toList();
  }

  @Override
  public void run(Context ctx, Emitter out) {
    if (ctx.profile().isEmpty()) {
      return;
    }
    Profile p = ctx.profile().get();
    Roles roles = new Roles(new Org(ctx.indeks()));
    for (Penugasan t : ctx.daerah().penugasan()) {
      if (t.melaporKepada().isPresent() && !p.pelaporanIndividu().isEmpty()) {
        check(
            out,
            INDIVIDU,
            p.pelaporanIndividu(),
            t.melaporKepada().get(),
            r -> roles.of(r, t),
            new NodePath(DataPath.penugasan(t.id())).key("melapor_kepada"),
            t.id());
      }
    }
    for (TimKerja t : ctx.daerah().timKerja()) {
      if (p.pelaporanKetua().isEmpty()) {
        continue;
      }
      for (int i = 0; i < t.ketuaMelaporKepada().size(); i++) {
        JabatanId to = t.ketuaMelaporKepada().get(i);
        check(
            out,
            KETUA,
            p.pelaporanKetua(),
            to,
            r -> roles.of(r, t),
            new NodePath(DataPath.timKerja(t.id())).key("ketua_melapor_kepada").index(i),
            t.id());
      }
    }
  }

  private static void check(
      Emitter out,
      RuleId rule,
      List<Facts.Peranan> entries,
      JabatanId to,
      java.util.function.Function<Peran, Set<JabatanId>> roles,
      NodePath at,
      String id) {
    Optional<Facts.Peranan> tolerated = Optional.empty();
    java.util.List<Message> allowed = new java.util.ArrayList<>();
    for (Facts.Peranan e : entries) {
      Set<JabatanId> who = new LinkedHashSet<>();
      e.peran().forEach(r -> who.addAll(roles.apply(r)));
      boolean binding = e.ketentuan().mengikat();
      if (binding) {
        Message d = Roles.describe(e.peran(), who);
        if (!allowed.contains(d)) {
          allowed.add(d);
        }
      }
      if (who.contains(to)) {
        if (binding) {
          return;
        }
        tolerated = Optional.of(e);
      }
    }
    if (tolerated.isPresent()) {
      out.report(
          rule,
          at,
          Message.of("pelaporan.toleransi", id, to),
          Message.of("pelaporan.saran", Roles.join("daftar.titik-koma", allowed)),
          Pertentangan.of(
              tolerated.get().ketentuan(),
              entries.stream().map(Facts.Peranan::ketentuan).toList()));
      return;
    }
    out.report(
        rule,
        at,
        Message.of(rule.equals(INDIVIDU) ? "pelaporan.individu" : "pelaporan.ketua", id, to),
        Message.of("pelaporan.saran", Roles.join("daftar.titik-koma", allowed)),
        entries.get(0).ketentuan());
  }
}
