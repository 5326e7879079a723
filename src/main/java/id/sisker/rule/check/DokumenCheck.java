package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.finding.Severity;
import id.sisker.model.Dasar;
import id.sisker.model.DataPath;
import id.sisker.model.Jabatan;
import id.sisker.model.JabatanId;
import id.sisker.model.Pegawai;
import id.sisker.model.Penugasan;
import id.sisker.model.PerangkatDaerah;
import id.sisker.model.StatusPegawai;
import id.sisker.model.TimKerja;
import id.sisker.profile.Ketentuan;
import id.sisker.profile.Org;
import id.sisker.profile.Peran;
import id.sisker.profile.Profile;
import id.sisker.rule.Check;
import id.sisker.rule.Context;
import id.sisker.rule.Emitter;
import id.sisker.source.NodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The documents behind the data (KED-002, TGS-010, SRT-001, SRT-005): the instrument that set a
 * perangkat daerah's kedudukan and who issued it, the performance agreement where required, a
 * letter number that starts with its kode klasifikasi arsip, and an issuing position someone holds
 * with the pangkat and NIP a signature block shows.
 */
public final class DokumenCheck implements Check {

  static final RuleId DASAR = RuleId.of("kedudukan.dasar");
  static final RuleId PERJANJIAN = RuleId.of("penugasan.perjanjian-kinerja");
  static final RuleId NOMOR = RuleId.of("surat.nomor");
  static final RuleId PENANDATANGAN = RuleId.of("surat.penandatangan");
  static final RuleId KOSONG = RuleId.of("surat.penandatangan-kosong");

  /**
   * A kode klasifikasi arsip (Permendagri 83/2022) and the first slash, e.g. {@code 800.1.11.1/}.
   */
  private static final Pattern KLASIFIKASI = Pattern.compile("^[0-9]00(\\.[0-9]+)*/.+");

  private static final java.util.Set<id.sisker.model.JenisInstrumen> LETTERS =
      java.util.EnumSet.of(
          id.sisker.model.JenisInstrumen.SURAT_TUGAS,
          id.sisker.model.JenisInstrumen.SURAT_PERINTAH,
          id.sisker.model.JenisInstrumen.SURAT_PERINTAH_TUGAS);

  @Override
  public List<RuleId> rules() {
    return List.of(DASAR, PERJANJIAN, NOMOR, PENANDATANGAN, KOSONG);
  }

  @Override
  public List<Ketentuan> basis(RuleId rule, Profile p) {
    if (rule.equals(DASAR)) {
      return p.penetapKedudukan()
          .map(x -> List.of(x.ketentuan(), unrecorded(x.ketentuan())))
          .orElse(List.of());
    }
    if (rule.equals(PERJANJIAN)) {
      return p.perjanjianKinerja().map(List::of).orElse(List.of());
    }
    return List.of();
  }

  @Override
  public void run(Context ctx, Emitter out) {
    Org org = new Org(ctx.indeks());
    Optional<Profile> profile = ctx.profile();
    List<Object[]> documents = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (PerangkatDaerah pd : ctx.daerah().perangkatDaerah()) {
      NodePath at = new NodePath(DataPath.perangkatDaerah(pd.id()));
      if (profile.isPresent() && profile.get().penetapKedudukan().isPresent()) {
        var rule = profile.get().penetapKedudukan().get();
        if (pd.dasarKedudukan().isEmpty()) {
          missing.add(pd.id());
        } else {
          JabatanId by = pd.dasarKedudukan().get().penetap();
          boolean ok = false;
          for (Peran r : rule.peran()) {
            ok |=
                r == Peran.KEPALA_DAERAH && by.isKepalaDaerah()
                    || r == Peran.SEKRETARIS_DAERAH
                        && org.sekretarisDaerah().map(s -> s.id().equals(by)).orElse(false)
                    || r == Peran.KEPALA_PD && pd.kepala().map(by::equals).orElse(false);
          }
          if (!ok) {
            out.report(
                DASAR,
                at.key("dasar_kedudukan").key("penetap"),
                Message.of("kedudukan.dasar", pd.id(), by),
                Message.of(
                    "kedudukan.dasar.saran",
                    String.join(", ", rule.peran().stream().map(Peran::key).toList())),
                rule.ketentuan());
          }
        }
      }
      if (profile.isPresent()
          && profile.get().perjanjianKinerja().isPresent()
          && pd.perjanjianKinerja().isEmpty()) {
        out.report(
            PERJANJIAN,
            at,
            Message.of("penugasan.perjanjian-kinerja", pd.id()),
            Message.of("penugasan.perjanjian-kinerja.saran"),
            profile.get().perjanjianKinerja().get());
      }
      pd.dasarKedudukan()
          .ifPresent(d -> documents.add(new Object[] {d, at.key("dasar_kedudukan")}));
    }
    if (!missing.isEmpty()) {
      // One finding for all of them: a daerah that records none would otherwise get one per PD.
      var rule = profile.get().penetapKedudukan().get();
      out.report(
          DASAR,
          new NodePath(DataPath.perangkatDaerah(missing.get(0))),
          Message.of(
              "kedudukan.dasar.tidak-ada",
              missing.size(),
              String.join(", ", missing.stream().limit(5).toList())
                  + (missing.size() > 5 ? ", …" : "")),
          Message.of("kedudukan.dasar.tidak-ada.saran"),
          unrecorded(rule.ketentuan()));
    }
    for (TimKerja t : ctx.daerah().timKerja()) {
      t.dasar()
          .ifPresent(
              d ->
                  documents.add(
                      new Object[] {d, new NodePath(DataPath.timKerja(t.id())).key("dasar")}));
    }
    for (Penugasan t : ctx.daerah().penugasan()) {
      NodePath at = new NodePath(DataPath.penugasan(t.id()));
      t.dasar().ifPresent(d -> documents.add(new Object[] {d, at.key("dasar")}));
      t.permohonan()
          .flatMap(p -> p.nomor())
          .ifPresent(n -> nomor(out, n, at.key("permohonan").key("nomor")));
      t.permohonan()
          .flatMap(p -> p.jawaban())
          .flatMap(j -> j.nomor())
          .ifPresent(n -> nomor(out, n, at.key("permohonan").key("jawaban").key("nomor")));
    }
    for (Object[] doc : documents) {
      Dasar d = (Dasar) doc[0];
      NodePath at = (NodePath) doc[1];
      // Keputusan, disposisi and electronic proofs are numbered by their own registers.
      if (LETTERS.contains(d.jenis())) {
        d.nomor().ifPresent(n -> nomor(out, n, at.key("nomor")));
      }
      signer(out, ctx, org, d, at.key("penetap"));
    }
  }

  /**
   * The clause naming who sets the kedudukan, as it applies to a perangkat daerah that records no
   * instrument at all: a warning, since the regulation says the kedudukan is set (IH Pasal 7 ayat
   * (4): "ditetapkan oleh Bupati"), but the data may simply not have caught up with it.
   */
  private static Ketentuan unrecorded(Ketentuan k) {
    return new Ketentuan(k.sitasi(), Optional.of(Severity.WARNING), k.catatan());
  }

  private static void nomor(Emitter out, String nomor, NodePath at) {
    if (!KLASIFIKASI.matcher(nomor.strip()).matches()) {
      out.report(NOMOR, at, Message.of("surat.nomor", nomor), Message.of("surat.nomor.saran"));
    }
  }

  /**
   * A letter is signed by a person: the issuing post is held, by someone with an NIP and pangkat.
   */
  private static void signer(Emitter out, Context ctx, Org org, Dasar d, NodePath at) {
    JabatanId penetap = d.penetap();
    if (penetap.isKepalaDaerah()) {
      return;
    }
    Optional<Jabatan> j = ctx.indeks().jabatan(penetap);
    if (j.isEmpty()) {
      return;
    }
    if (j.get().pemangku().isEmpty()) {
      out.report(
          KOSONG,
          at,
          Message.of("surat.penandatangan.kosong", penetap),
          Message.of("surat.penandatangan.kosong.saran"));
      return;
    }
    boolean sekda = org.sekretarisDaerah().map(x -> x.id().equals(penetap)).orElse(false);
    if (sekda && d.jenis() == id.sisker.model.JenisInstrumen.KEPUTUSAN_SEKRETARIS_DAERAH) {
      return; // a keputusan signed by the Sekretaris Daerah shows the name without NIP and pangkat
    }
    Optional<Pegawai> g = ctx.indeks().pegawai(j.get().pemangku().get(0));
    if (g.isPresent() && g.get().status() == StatusPegawai.PNS && g.get().golongan().isEmpty()) {
      out.report(
          PENANDATANGAN,
          at,
          Message.of("surat.penandatangan.pangkat", penetap, g.get().nip()),
          Message.of("surat.penandatangan.pangkat.saran"));
    }
  }
}
