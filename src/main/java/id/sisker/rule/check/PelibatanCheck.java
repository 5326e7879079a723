package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.model.CaraPenugasan;
import id.sisker.model.DataPath;
import id.sisker.model.JabatanId;
import id.sisker.model.Lingkup;
import id.sisker.model.Penugasan;
import id.sisker.model.Permohonan;
import id.sisker.profile.Bentuk;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Surat permohonan pelibatan (LBT-001…LBT-004, SKR-003): an assignment across units, perangkat
 * daerah or instansi rests on a written request; the request holds what the regulation requires for
 * its scope, goes to the official the regulation names with copies to those it names, and a refusal
 * gives its reasons.
 */
public final class PelibatanCheck implements Check {

  static final RuleId PERMOHONAN = RuleId.of("pelibatan.permohonan");
  static final RuleId ISI = RuleId.of("pelibatan.isi");
  static final RuleId ALUR = RuleId.of("pelibatan.alur");
  static final RuleId PENOLAKAN = RuleId.of("pelibatan.penolakan");

  @Override
  public List<RuleId> rules() {
    return List.of(PERMOHONAN, ISI, ALUR, PENOLAKAN);
  }

  @Override
  public List<Ketentuan> basis(RuleId rule, Profile p) {
    if (rule.equals(ISI)) {
      return p.isiPermohonan().map(x -> List.of(x.ketentuan())).orElse(List.of());
    }
    if (rule.equals(PENOLAKAN)) {
      return p.penolakan().map(List::of).orElse(List.of());
    }
    return p.alur().stream().map(Facts.Alur::ketentuan).toList();
  }

  @Override
  public void run(Context ctx, Emitter out) {
    if (ctx.profile().isEmpty()) {
      return;
    }
    Profile p = ctx.profile().get();
    Roles roles = new Roles(new Org(ctx.indeks()));
    for (Penugasan t : ctx.daerah().penugasan()) {
      NodePath at = new NodePath(DataPath.penugasan(t.id()));
      List<Facts.Alur> alur =
          p.alur().stream().filter(a -> a.appliesTo(t.lingkup(), t.cara())).toList();
      if (t.permohonan().isEmpty()) {
        boolean across = t.lingkup() != Lingkup.DALAM_UNIT;
        if (across && !alur.isEmpty()) {
          out.report(
              PERMOHONAN,
              at,
              Message.of(
                  t.cara() == CaraPenugasan.PENGAJUAN_SUKARELA
                      ? "pelibatan.permohonan.sukarela"
                      : "pelibatan.permohonan",
                  t.id(),
                  t.lingkup().key()),
              Message.of("pelibatan.permohonan.saran"),
              alur.get(0).ketentuan());
        }
        continue;
      }
      Permohonan pm = t.permohonan().get();
      NodePath pp = at.key("permohonan");
      Bentuk bentuk = t.tim().isPresent() ? Bentuk.TIM : Bentuk.INDIVIDU;
      if (p.isiPermohonan().isPresent()
          && p.isiPermohonan().get().appliesTo(bentuk, t.lingkup())
          && t.cara() == CaraPenugasan.PENUNJUKAN) {
        List<String> missing = new ArrayList<>();
        if (pm.maksudTujuan().map(String::isBlank).orElse(true)) {
          missing.add("maksud_tujuan");
        }
        if (pm.kompetensi().map(String::isBlank).orElse(true)) {
          missing.add("kompetensi");
        }
        if (pm.targetKinerja().isEmpty()) {
          missing.add("target_kinerja");
        }
        if (pm.durasi().map(String::isBlank).orElse(true)) {
          missing.add("durasi");
        }
        if (!missing.isEmpty()) {
          out.report(
              ISI,
              pp,
              Message.of("pelibatan.isi", t.id(), String.join(", ", missing)),
              Message.of("pelibatan.isi.saran"),
              p.isiPermohonan().get().ketentuan());
        }
      }
      for (Facts.Alur a : alur) {
        Set<JabatanId> kepada = roles.of(a.kepada(), t);
        if (!kepada.isEmpty() && !kepada.contains(pm.kepada())) {
          out.report(
              ALUR,
              pp.key("kepada"),
              Message.of("pelibatan.alur.kepada", t.id(), pm.kepada()),
              Message.of("pelibatan.alur.kepada.saran", Roles.describe(a.kepada(), kepada)),
              a.ketentuan());
        }
        for (Peran r : a.tembusan()) {
          Set<JabatanId> who = roles.of(r, t);
          if (!who.isEmpty() && pm.tembusan().stream().noneMatch(who::contains)) {
            out.report(
                ALUR,
                pp.key("tembusan"),
                Message.of("pelibatan.alur.tembusan", t.id(), r.key()),
                Message.of("pelibatan.alur.tembusan.saran", Roles.describe(List.of(r), who)),
                a.ketentuan());
          }
        }
      }
      if (pm.jawaban().isPresent()
          && !pm.jawaban().get().setuju()
          && pm.jawaban().get().alasan().map(String::isBlank).orElse(true)
          && p.penolakan().isPresent()) {
        out.report(
            PENOLAKAN,
            pp.key("jawaban"),
            Message.of("pelibatan.penolakan", t.id()),
            Message.of("pelibatan.penolakan.saran"),
            p.penolakan().get());
      }
    }
  }
}
