package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.model.DataPath;
import id.sisker.model.Jabatan;
import id.sisker.model.JenisJabatan;
import id.sisker.model.Lingkup;
import id.sisker.model.Orang;
import id.sisker.model.TimKerja;
import id.sisker.model.UnitId;
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
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Tim kerja (TIM-001…TIM-008 with TGS-003…TGS-006 and SKR-001 for teams): the declared lingkup is
 * where the members actually come from; a ketua where required, of an allowed kind and, for cross
 * teams, preferably from the owner of the work; members JF or pelaksana; a penanggung jawab where
 * the regulation has one; and the team set by the instrument and official its lingkup requires.
 */
public final class TimCheck implements Check {

  static final RuleId LINGKUP = RuleId.of("tim.lingkup");
  static final RuleId KETUA_WAJIB = RuleId.of("tim.ketua-wajib");
  static final RuleId KETUA = RuleId.of("tim.ketua");
  static final RuleId ANGGOTA = RuleId.of("tim.anggota");
  static final RuleId ANGGOTA_KOSONG = RuleId.of("tim.anggota-kosong");
  static final RuleId PEMILIK = RuleId.of("tim.ketua-pemilik");
  static final RuleId PJ = RuleId.of("tim.penanggung-jawab");
  static final RuleId DASAR = RuleId.of("tim.dasar");

  @Override
  public List<RuleId> rules() {
    return List.of(LINGKUP, KETUA_WAJIB, KETUA, ANGGOTA, ANGGOTA_KOSONG, PEMILIK, PJ, DASAR);
  }

  @Override
  public List<Ketentuan> basis(RuleId rule, Profile p) {
    Optional<Ketentuan> k =
        switch (rule.value()) {
          case "tim.ketua-wajib" -> p.ketuaWajib();
          case "tim.ketua" -> p.ketua().map(Facts.Jenis::ketentuan);
          case "tim.anggota" -> p.anggota().map(Facts.Jenis::ketentuan);
          case "tim.ketua-pemilik" -> p.ketuaDariPemilik().map(Facts.Pemilik::ketentuan);
          case "tim.penanggung-jawab" -> p.penanggungJawab().map(Facts.Jenis::ketentuan);
          case "tim.dasar" -> dasar(p);
          default -> Optional.empty();
        };
    return k.map(List::of).orElse(List.of());
  }

  /**
   * The clause requiring a team's written instrument: the profile's own {@code aturan: tim.dasar}
   * sitasi where the regulation says it for teams (IH Pasal 9 ayat (2)), else the general written
   * proof of assignments.
   */
  private static Optional<Ketentuan> dasar(Profile p) {
    if (p.buktiTertulis().isEmpty()) {
      return Optional.empty();
    }
    return Disebut.of(DASAR, Optional.of(p)).or(p::buktiTertulis);
  }

  @Override
  public void run(Context ctx, Emitter out) {
    Org org = new Org(ctx.indeks());
    Roles roles = new Roles(org);
    for (TimKerja t : ctx.daerah().timKerja()) {
      NodePath at = new NodePath(DataPath.timKerja(t.id()));
      PenugasanCheck.periode(out, t.periode(), at);
      lingkup(out, org, roles, t, at);
      if (t.anggota().isEmpty()) {
        // A tim kerja consists of a ketua and anggota (PermenPANRB 7/2022 Pasal 9), whatever the
        // daerah's profile: "anggota: []" or no anggota at all is no team.
        out.report(
            ANGGOTA_KOSONG,
            at.key("anggota"),
            Message.of("tim.anggota.kosong", t.id()),
            Message.of("tim.anggota.kosong.saran"));
      }
      if (ctx.profile().isEmpty()) {
        continue;
      }
      Profile p = ctx.profile().get();
      PenugasanCheck.lingkup(out, p, t.lingkup(), t.cara(), at);
      if (t.ketua().isEmpty()) {
        p.ketuaWajib()
            .ifPresent(
                k ->
                    out.report(
                        KETUA_WAJIB,
                        at,
                        Message.of("tim.ketua-wajib", t.id()),
                        Message.of("tim.ketua-wajib.saran"),
                        k));
      } else {
        for (Jabatan k : roles.positions(t.ketua().get())) {
          if (p.ketua().isPresent() && !allowed(p.ketua().get(), k, org)) {
            out.report(
                KETUA,
                at.key("ketua"),
                Message.of("tim.ketua", t.id(), k.id(), kind(k)),
                Message.of("tim.ketua.saran", kinds(p.ketua().get())),
                p.ketua().get().ketentuan());
          }
          if (t.lingkup() != Lingkup.DALAM_UNIT
              && p.ketuaDariPemilik().isPresent()
              && !fromOwner(p.ketuaDariPemilik().get(), k, t.pemilikKinerja(), org)) {
            out.report(
                PEMILIK,
                at.key("ketua"),
                Message.of("tim.ketua-pemilik", t.id(), k.id(), t.pemilikKinerja()),
                Message.of(
                    p.ketuaDariPemilik().get().perangkatDaerah()
                        ? "tim.ketua-pemilik.pd.saran"
                        : "tim.ketua-pemilik.saran",
                    t.pemilikKinerja()),
                p.ketuaDariPemilik().get().ketentuan());
          }
        }
      }
      if (p.anggota().isPresent()) {
        for (int i = 0; i < t.anggota().size(); i++) {
          for (Jabatan a : roles.positions(t.anggota().get(i))) {
            if (!allowed(p.anggota().get(), a, org)) {
              out.report(
                  ANGGOTA,
                  at.key("anggota").index(i),
                  Message.of("tim.anggota", t.id(), a.id(), kind(a)),
                  Message.of("tim.anggota.saran", kinds(p.anggota().get())),
                  p.anggota().get().ketentuan());
            }
          }
        }
      }
      if (p.penanggungJawab().isPresent()) {
        Facts.Jenis pj = p.penanggungJawab().get();
        if (t.penanggungJawab().isEmpty()) {
          out.report(
              PJ,
              at,
              Message.of("tim.penanggung-jawab.tidak-ada", t.id()),
              Message.of("tim.penanggung-jawab.saran", kinds(pj)),
              pj.ketentuan());
        } else {
          ctx.indeks()
              .jabatan(t.penanggungJawab().get())
              .filter(j -> !allowed(pj, j, org))
              .ifPresent(
                  j ->
                      out.report(
                          PJ,
                          at.key("penanggung_jawab"),
                          Message.of("tim.penanggung-jawab", t.id(), j.id(), kind(j)),
                          Message.of("tim.penanggung-jawab.saran", kinds(pj)),
                          pj.ketentuan()));
        }
      }
      if (t.dasar().isEmpty()) {
        dasar(p)
            .ifPresent(
                k ->
                    out.report(
                        DASAR,
                        at,
                        Message.of("tim.dasar", t.id()),
                        Message.of("tim.dasar.saran"),
                        k));
      } else {
        Penetapan.check(
            out,
            p,
            Bentuk.TIM,
            t.lingkup(),
            t.cara(),
            t.dasar().get(),
            r -> roles.of(r, t),
            at.key("dasar"));
      }
    }
  }

  /**
   * The declared lingkup is where the members actually sit relative to each other and to the unit
   * owning the work (see {@link Lingkup#tim}).
   */
  private static void lingkup(Emitter out, Org org, Roles roles, TimKerja t, NodePath at) {
    List<Orang> people = new java.util.ArrayList<>(t.anggota());
    t.ketua().ifPresent(k -> people.add(0, k));
    List<UnitId> units = new java.util.ArrayList<>();
    boolean luar = false;
    for (Orang o : people) {
      if (o instanceof Orang.PihakLuarRef l) {
        luar |= org.indeks().pihakLuar(l.id()).isPresent();
      } else {
        roles.positions(o).stream().findFirst().ifPresent(j -> units.add(j.unit()));
      }
    }
    if (org.indeks().unit(t.pemilikKinerja()).isEmpty()) {
      return; // unresolved owner: reported while loading
    }
    Lingkup actual =
        luar ? Lingkup.LINTAS_INSTANSI : org.unitOrganisasi().tim(t.pemilikKinerja(), units);
    if (actual != t.lingkup()) {
      out.report(
          LINGKUP,
          at.key("lingkup"),
          Message.of(
              actual.compareTo(t.lingkup()) > 0 ? "tim.lingkup" : "tim.lingkup.lebih",
              t.id(),
              t.lingkup().key(),
              actual.key()),
          Message.of("tim.lingkup.saran", actual.key()));
    }
  }

  static boolean allowed(Facts.Jenis allowed, Jabatan j, Org org) {
    if (!allowed.jenis().contains(j.jenis())) {
      return false;
    }
    if (j.jenis() == JenisJabatan.FUNGSIONAL) {
      if (allowed.fungsionalPenyetaraan() && !j.penyetaraan()) {
        return false;
      }
      if (allowed.fungsionalKepalaMandiri() && !org.headsMandiri(j)) {
        return false;
      }
    }
    return true;
  }

  private static boolean fromOwner(Facts.Pemilik rule, Jabatan k, UnitId owner, Org org) {
    if (rule.perangkatDaerah() && k.unit().pd().equals(owner.pd())) {
      return true;
    }
    return org.lingkup(k.unit(), owner) == Lingkup.DALAM_UNIT;
  }

  private static String kind(Jabatan j) {
    return j.jenis().key() + (j.penyetaraan() ? " (penyetaraan)" : "");
  }

  private static String kinds(Facts.Jenis a) {
    String s = a.jenis().stream().map(JenisJabatan::key).collect(Collectors.joining(", "));
    if (a.fungsionalPenyetaraan()) {
      s += " (fungsional: penyetaraan)";
    }
    return s;
  }
}
