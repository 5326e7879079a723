package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.model.CaraPenugasan;
import id.sisker.model.Jabatan;
import id.sisker.model.JenisInstrumen;
import id.sisker.model.Lingkup;
import id.sisker.model.Penugasan;
import id.sisker.model.Periode;
import id.sisker.model.Permohonan;
import id.sisker.profile.Bentuk;
import id.sisker.profile.Facts;
import id.sisker.profile.Ketentuan;
import id.sisker.profile.Org;
import id.sisker.profile.Profile;
import id.sisker.profile.Roles;
import id.sisker.rule.Check;
import id.sisker.rule.Context;
import id.sisker.rule.Emitter;
import id.sisker.source.NodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Individual assignments (TGS-003…TGS-008, SKR-001, PKN-004): the scope is one the regulation
 * names, pengajuan sukarela stays within its allowed reach, the assignment has written proof set by
 * the right official with the right instrument, the surat perintah holds what the regulation
 * requires, and the pegawai's kedudukan is known.
 */
public final class PenugasanCheck implements Check {

  static final RuleId LINGKUP = RuleId.of("penugasan.lingkup-diatur");
  static final RuleId SUKARELA = RuleId.of("sukarela.lingkup");
  static final RuleId BUKTI = RuleId.of("penugasan.bukti");
  static final RuleId ISI = RuleId.of("penugasan.isi");

  /** The instruments whose contents penugasan.isi checks. */
  private static final java.util.Set<JenisInstrumen> SURAT_PERINTAH =
      java.util.EnumSet.of(JenisInstrumen.SURAT_PERINTAH, JenisInstrumen.SURAT_PERINTAH_TUGAS);

  static final RuleId PERIODE = RuleId.of("penugasan.periode");
  static final RuleId KEDUDUKAN = RuleId.of("penilai.penugasan");

  @Override
  public List<RuleId> rules() {
    return List.of(
        LINGKUP, SUKARELA, BUKTI, ISI, PERIODE, KEDUDUKAN, Penetapan.INSTRUMEN, Penetapan.PENETAP);
  }

  @Override
  public List<Ketentuan> basis(RuleId rule, Profile p) {
    if (rule.equals(LINGKUP)) {
      return p.lingkupPenugasan().map(x -> List.of(x.ketentuan())).orElse(List.of());
    }
    if (rule.equals(SUKARELA)) {
      return p.sukarela().map(x -> List.of(x.ketentuan())).orElse(List.of());
    }
    if (rule.equals(BUKTI)) {
      return p.buktiTertulis().map(List::of).orElse(List.of());
    }
    if (rule.equals(ISI)) {
      return p.isiSuratPerintah().map(x -> List.of(x.ketentuan())).orElse(List.of());
    }
    if (rule.equals(Penetapan.INSTRUMEN) || rule.equals(Penetapan.PENETAP)) {
      return p.penetapan().stream().map(Facts.Penetapan::ketentuan).distinct().toList();
    }
    if (rule.equals(KEDUDUKAN)) {
      return Disebut.basis(KEDUDUKAN, p);
    }
    return List.of();
  }

  @Override
  public void run(Context ctx, Emitter out) {
    Org org = new Org(ctx.indeks());
    Roles roles = new Roles(org);
    Optional<Profile> profile = ctx.profile();
    for (Penugasan t : ctx.daerah().penugasan()) {
      NodePath at = new NodePath(id.sisker.model.DataPath.penugasan(t.id()));
      periode(out, t.periode(), at);
      List<Jabatan> held = ctx.indeks().jabatanOf(t.pegawai());
      // A head of a perangkat daerah has no atasan in the data but answers to the Kepala Daerah.
      boolean known =
          !held.isEmpty()
              && (held.get(0).atasan().isPresent()
                  || org.headed(held.get(0).id()).map(u -> u.id().isRoot()).orElse(false));
      Optional<Ketentuan> kedudukan = Disebut.of(KEDUDUKAN, profile);
      if (ctx.indeks().pegawai(t.pegawai()).isPresent() && !known && kedudukan.isPresent()) {
        out.report(
            KEDUDUKAN,
            at.key("pegawai"),
            Message.of("penilai.penugasan", t.pegawai(), t.id()),
            Message.of("penilai.penugasan.saran"),
            kedudukan.get());
      }
      if (profile.isEmpty()) {
        continue;
      }
      Profile p = profile.get();
      Bentuk bentuk = Bentuk.INDIVIDU;
      lingkup(out, p, t.lingkup(), t.cara(), at);
      // A refused request (jawaban setuju: false) records an assignment that never took place.
      boolean ditolak =
          t.permohonan().flatMap(Permohonan::jawaban).map(j -> !j.setuju()).orElse(false);
      if (t.dasar().isEmpty() && !ditolak) {
        p.buktiTertulis()
            .ifPresent(
                k ->
                    out.report(
                        BUKTI,
                        at,
                        Message.of("penugasan.bukti", t.id()),
                        Message.of("penugasan.bukti.saran"),
                        k));
      } else if (t.dasar().isPresent()) {
        Penetapan.check(
            out,
            p,
            bentuk,
            t.lingkup(),
            t.cara(),
            t.dasar().get(),
            r -> roles.of(r, t),
            at.key("dasar"));
      }
      // The contents are those of a surat perintah (LT Pasal 10 ayat (2): "melalui mekanisme
      // penetapan surat perintah"): a disposisi or an electronic proof need not carry them.
      Optional<JenisInstrumen> instrumen = t.dasar().map(d -> d.jenis());
      if (!ditolak
          && instrumen.map(SURAT_PERINTAH::contains).orElse(false)
          && p.isiSuratPerintah().isPresent()
          && p.isiSuratPerintah().get().appliesTo(bentuk, t.lingkup())) {
        List<String> missing = new ArrayList<>();
        if (t.maksudTujuan().map(String::isBlank).orElse(true)) {
          missing.add("maksud_tujuan");
        }
        if (t.targetKinerja().isEmpty()) {
          missing.add("target_kinerja");
        }
        if (t.periode().isEmpty() && t.durasi().map(String::isBlank).orElse(true)) {
          missing.add("periode/durasi");
        }
        if (t.pengaturanLain().map(String::isBlank).orElse(true)) {
          missing.add("pengaturan_lain");
        }
        if (!missing.isEmpty()) {
          out.report(
              ISI,
              at,
              Message.of(
                  "penugasan.isi",
                  t.id(),
                  String.join(", ", missing),
                  instrumen.get().key().replace('_', ' ')),
              Message.of("penugasan.isi.saran"),
              p.isiSuratPerintah().get().ketentuan());
        }
      }
    }
  }

  /** Scope the regulation names (a warning) and the reach of pengajuan sukarela (an error). */
  static void lingkup(Emitter out, Profile p, Lingkup l, CaraPenugasan cara, NodePath at) {
    if (cara == CaraPenugasan.PENGAJUAN_SUKARELA
        && p.sukarela().isPresent()
        && !p.sukarela().get().lingkup().contains(l)) {
      out.report(
          SUKARELA,
          at.key("cara"),
          Message.of("sukarela.lingkup", l.key()),
          Message.of(
              "sukarela.lingkup.saran",
              p.sukarela().get().lingkup().stream()
                  .map(Lingkup::key)
                  .collect(Collectors.joining(", "))),
          p.sukarela().get().ketentuan());
      return;
    }
    if (p.lingkupPenugasan().isPresent() && !p.lingkupPenugasan().get().lingkup().contains(l)) {
      out.report(
          LINGKUP,
          at.key("lingkup"),
          Message.of("penugasan.lingkup-diatur", l.key()),
          Message.of(
              "penugasan.lingkup-diatur.saran",
              p.lingkupPenugasan().get().lingkup().stream()
                  .map(Lingkup::key)
                  .collect(Collectors.joining(", "))),
          p.lingkupPenugasan().get().ketentuan());
    }
  }

  static void periode(Emitter out, Optional<Periode> periode, NodePath at) {
    if (periode.isPresent()
        && periode.get().selesai().isPresent()
        && periode.get().selesai().get().isBefore(periode.get().mulai())) {
      out.report(
          PERIODE,
          at.key("periode").key("selesai"),
          Message.of("penugasan.periode", periode.get().mulai(), periode.get().selesai().get()),
          Message.of("penugasan.periode.saran"));
    }
  }
}
