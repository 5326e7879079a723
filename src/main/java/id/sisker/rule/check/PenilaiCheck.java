package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.model.Jabatan;
import id.sisker.model.JabatanId;
import id.sisker.model.JenisJabatan;
import id.sisker.profile.Facts;
import id.sisker.profile.Ketentuan;
import id.sisker.profile.Org;
import id.sisker.profile.Profile;
import id.sisker.rule.Check;
import id.sisker.rule.Context;
import id.sisker.rule.Emitter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Pejabat Penilai Kinerja (PKN-001…PKN-003): the appraiser of a JF or pelaksana is its atasan
 * langsung, at least a Pengawas (of the kinds the profile lists), or another official by a recorded
 * delegation.
 */
public final class PenilaiCheck implements Check {

  static final RuleId JENIS = RuleId.of("penilai.jenis");
  static final RuleId DELEGASI = RuleId.of("penilai.delegasi");

  @Override
  public List<RuleId> rules() {
    return List.of(JENIS, DELEGASI);
  }

  @Override
  public List<Ketentuan> basis(RuleId rule, Profile p) {
    return p.penilaiKinerja().map(x -> List.of(x.ketentuan())).orElse(List.of());
  }

  @Override
  public void run(Context ctx, Emitter out) {
    Org org = new Org(ctx.indeks());
    Optional<Facts.Jenis> allowed = ctx.profile().flatMap(Profile::penilaiKinerja);
    for (Jabatan j : ctx.indeks().semuaJabatan()) {
      if (j.jenis() != JenisJabatan.FUNGSIONAL && j.jenis() != JenisJabatan.PELAKSANA) {
        continue;
      }
      if (j.penilai().isPresent()
          && !j.penilai().equals(j.atasan())
          && j.dasarPenilai().map(String::isBlank).orElse(true)
          && allowed.isPresent()) {
        out.report(
            DELEGASI,
            Paths.jabatan(j.id()).key("penilai"),
            Message.of(
                "penilai.delegasi",
                j.id(),
                j.penilai().get(),
                j.atasan().map(JabatanId::toString).orElse("-")),
            Message.of("penilai.delegasi.saran"),
            allowed.get().ketentuan());
      }
      Optional<JabatanId> ppkin = Org.ppkin(j);
      if (allowed.isEmpty() || ppkin.isEmpty() || ppkin.get().isKepalaDaerah()) {
        continue;
      }
      Optional<Jabatan> pj = ctx.indeks().jabatan(ppkin.get());
      if (pj.isEmpty()) {
        continue;
      }
      JenisJabatan k = pj.get().jenis();
      boolean ok =
          allowed.get().jenis().contains(k)
              || k == JenisJabatan.FUNGSIONAL && org.headsMandiri(pj.get());
      if (k == JenisJabatan.FUNGSIONAL && !org.headsMandiri(pj.get())) {
        ok = false;
      }
      if (!ok) {
        out.report(
            JENIS,
            Paths.jabatan(j.id()).key(j.penilai().isPresent() ? "penilai" : "atasan"),
            Message.of("penilai.jenis", j.id(), pj.get().id(), k.key()),
            Message.of(
                "penilai.jenis.saran",
                allowed.get().jenis().stream()
                    .map(JenisJabatan::key)
                    .collect(Collectors.joining(", "))),
            allowed.get().ketentuan());
      }
    }
  }
}
