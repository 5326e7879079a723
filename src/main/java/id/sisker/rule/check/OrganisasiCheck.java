package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.model.Jabatan;
import id.sisker.model.JenisJabatan;
import id.sisker.model.Unit;
import id.sisker.profile.Ketentuan;
import id.sisker.profile.Org;
import id.sisker.profile.Profile;
import id.sisker.rule.Check;
import id.sisker.rule.Context;
import id.sisker.rule.Emitter;
import java.util.List;
import java.util.Optional;

/**
 * Units and their heads (ORG-001, ORG-002): a unit organisasi is led by a JPT, Administrator or
 * Pengawas, or by a JF appointed to lead a unit kerja mandiri; only such a JF may have positions
 * under it. The four regulations word this identically in their definitions; a profile enforces
 * each rule by citing it under {@code aturan} (see {@link Disebut}).
 */
public final class OrganisasiCheck implements Check {

  static final RuleId KEPALA = RuleId.of("organisasi.kepala-unit");
  static final RuleId MEMBAWAHI = RuleId.of("organisasi.fungsional-membawahi");

  @Override
  public List<RuleId> rules() {
    return List.of(KEPALA, MEMBAWAHI);
  }

  @Override
  public List<Ketentuan> basis(RuleId rule, Profile profile) {
    return Disebut.basis(rule, profile);
  }

  @Override
  public void run(Context ctx, Emitter out) {
    Org org = new Org(ctx.indeks());
    Optional<Ketentuan> kepala = Disebut.of(KEPALA, ctx.profile());
    Optional<Ketentuan> membawahi = Disebut.of(MEMBAWAHI, ctx.profile());
    for (Unit u : ctx.indeks().semuaUnit()) {
      Optional<Jabatan> head = u.kepala().flatMap(ctx.indeks()::jabatan);
      if (kepala.isEmpty() || head.isEmpty()) {
        continue;
      }
      Jabatan h = head.get();
      if (h.jenis() == JenisJabatan.PELAKSANA
          || h.jenis() == JenisJabatan.FUNGSIONAL && u.mandiri().isEmpty()) {
        out.report(
            KEPALA,
            Paths.unit(u.id()).key("kepala"),
            Message.of(
                h.jenis() == JenisJabatan.PELAKSANA
                    ? "organisasi.kepala-unit.pelaksana"
                    : "organisasi.kepala-unit.fungsional",
                u.id(),
                h.id()),
            Message.of(
                h.jenis() == JenisJabatan.PELAKSANA
                    ? "organisasi.kepala-unit.pelaksana.saran"
                    : "organisasi.kepala-unit.fungsional.saran"),
            kepala.get());
      } else if (u.mandiri().isPresent() && u.mandiri().get().dasarHukum().isBlank()) {
        out.report(
            KEPALA,
            Paths.unit(u.id()).key("mandiri"),
            Message.of("organisasi.kepala-unit.dasar", u.id()),
            Message.of("organisasi.kepala-unit.dasar.saran"),
            kepala.get());
      }
    }
    for (Jabatan j : ctx.indeks().semuaJabatan()) {
      if (membawahi.isEmpty() || j.jenis() != JenisJabatan.FUNGSIONAL) {
        continue;
      }
      List<Jabatan> under = ctx.indeks().bawahan(j.id());
      if (!under.isEmpty() && !org.headsMandiri(j)) {
        out.report(
            MEMBAWAHI,
            Paths.jabatan(under.get(0).id()).key("atasan"),
            Message.of("organisasi.fungsional-membawahi", j.id(), under.size(), under.get(0).id()),
            Message.of("organisasi.fungsional-membawahi.saran", j.id()),
            under.stream().skip(1).limit(5).map(b -> Paths.jabatan(b.id()).key("atasan")).toList(),
            membawahi);
      }
    }
  }
}
