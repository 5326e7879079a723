package id.sisker.letter;

import id.sisker.finding.Message;
import id.sisker.model.CaraPenugasan;
import id.sisker.model.Daerah;
import id.sisker.model.Dasar;
import id.sisker.model.DataPath;
import id.sisker.model.Indeks;
import id.sisker.model.Jabatan;
import id.sisker.model.JabatanId;
import id.sisker.model.Jawaban;
import id.sisker.model.JenisDaerah;
import id.sisker.model.JenisInstrumen;
import id.sisker.model.KepalaDaerah;
import id.sisker.model.Kop;
import id.sisker.model.Lingkup;
import id.sisker.model.Orang;
import id.sisker.model.Pegawai;
import id.sisker.model.Penugasan;
import id.sisker.model.PerangkatDaerah;
import id.sisker.model.Periode;
import id.sisker.model.Permohonan;
import id.sisker.model.PihakLuar;
import id.sisker.model.StatusJabatan;
import id.sisker.model.StatusPegawai;
import id.sisker.model.TimKerja;
import id.sisker.model.Unit;
import id.sisker.model.UnitId;
import id.sisker.profile.Bentuk;
import id.sisker.profile.Facts;
import id.sisker.profile.Org;
import id.sisker.profile.Peran;
import id.sisker.profile.Profile;
import id.sisker.source.NodePath;
import id.sisker.text.Sebutan;
import id.sisker.text.Tanggal;
import id.sisker.text.Terbilang;
import id.sisker.text.Urutan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what each letter of an assignment or a team says: the kind (surat perintah, or a
 * keputusan where the profile's instrument for the form and scope is one), the signer the profile
 * names for the scope resolved to a person, the signature block of Permendagri 1/2023 Pasal 44, the
 * kop, the nomor, Dasar, Kepada, Untuk and the tembusan of the profile. It returns values; it
 * writes nothing.
 */
public final class Penyusun {

  /** Where a number's sequence is left for the registry (SRIKANDI) to fill. */
  public static final String KOSONG = "……";

  static final String KLASIFIKASI_BAWAAN = "800.1.11.1";

  private static final Set<JenisInstrumen> SURAT =
      EnumSet.of(
          JenisInstrumen.SURAT_PERINTAH,
          JenisInstrumen.SURAT_TUGAS,
          JenisInstrumen.SURAT_PERINTAH_TUGAS);

  private static final Set<JenisInstrumen> KEPUTUSAN =
      EnumSet.of(
          JenisInstrumen.KEPUTUSAN_KEPALA_DAERAH,
          JenisInstrumen.KEPUTUSAN_SEKRETARIS_DAERAH,
          JenisInstrumen.SURAT_KEPUTUSAN);

  private final Daerah daerah;
  private final Indeks ix;
  private final Profile profile;
  private final Pejabat pejabat;

  public Penyusun(Daerah daerah, Indeks ix, Profile profile) {
    this.daerah = daerah;
    this.ix = ix;
    this.profile = profile;
    this.pejabat = new Pejabat(ix);
  }

  /** The letters of one assignment or team, or what is missing to draft them. */
  public record Hasil(
      String sumber, NodePath path, List<Surat> surat, List<Kekurangan> kekurangan) {
    public Hasil {
      surat = List.copyOf(surat);
      kekurangan = List.copyOf(kekurangan);
    }
  }

  // --- individual assignment -----------------------------------------------------------------

  /** The surat permohonan, its jawaban and the surat perintah of an individual assignment. */
  public Hasil penugasan(Penugasan p) {
    NodePath at = new NodePath(DataPath.penugasan(p.id()));
    List<Kekurangan> missing = new ArrayList<>();
    List<Surat> out = new ArrayList<>();
    p.permohonan().ifPresent(m -> permohonan(p, m, at.key("permohonan"), missing, out));
    p.permohonan()
        .ifPresent(
            m ->
                m.jawaban()
                    .ifPresent(
                        j -> jawaban(p, m, j, at.key("permohonan").key("jawaban"), missing, out)));
    suratPerintah(p, at, missing).ifPresent(out::add);
    return new Hasil(p.id(), at, missing.isEmpty() ? out : List.of(), missing);
  }

  private Optional<Surat> suratPerintah(Penugasan p, NodePath at, List<Kekurangan> missing) {
    Optional<Pegawai> pegawai = ix.pegawai(p.pegawai());
    if (p.maksudTujuan().isEmpty()) {
      missing.add(
          kurang(
              p.id(),
              at.key("maksud_tujuan"),
              Message.of("surat.data.maksud", p.id()),
              Message.of("surat.data.maksud.saran")));
    }
    if (p.periode().isEmpty() && p.durasi().isEmpty()) {
      missing.add(
          kurang(
              p.id(),
              at.key("periode"),
              Message.of("surat.data.periode", p.id()),
              Message.of("surat.data.periode.saran")));
    }
    Optional<Facts.Penetapan> entry =
        entry(Bentuk.INDIVIDU, p.lingkup(), p.cara(), p.dasar().map(Dasar::jenis));
    List<Peran> roles = entry.map(Facts.Penetapan::penetap).orElse(List.of());
    Optional<JabatanId> signer = chooseSigner(pejabat.of(roles, p), p.dasar().map(Dasar::penetap));
    if (signer.isEmpty()) {
      missing.add(
          kurang(
              p.id(),
              p.dasar().isPresent() ? at.key("dasar").key("penetap") : at,
              Message.of("surat.data.penandatangan", p.id(), describe(roles)),
              Message.of("surat.data.penandatangan.saran")));
    } else if (!signer.get().isKepalaDaerah() && pejabat.pemangku(signer.get()).isEmpty()) {
      missing.add(
          kurang(
              p.id(),
              p.dasar().isPresent() ? at.key("dasar").key("penetap") : at,
              Message.of("surat.data.pemangku", p.id(), signer.get()),
              Message.of("surat.data.pemangku.saran")));
    }
    if (pegawai.isEmpty() || !missing.isEmpty()) {
      return Optional.empty();
    }
    JenisInstrumen instrumen = instrumen(p.dasar(), entry);
    JabatanId ttd = signer.get();
    List<Surat.Bagian> bagian = new ArrayList<>();
    bagian.add(new Surat.Bagian("Dasar", huruf(dasar(p.permohonan()))));
    List<String> untuk = new ArrayList<>();
    String tempatKerja = tujuan(p);
    p.maksudTujuan()
        .ifPresent(
            m -> untuk.add("Melaksanakan tugas pada " + tempatKerja + ", yaitu " + kecil(m) + ";"));
    if (!p.targetKinerja().isEmpty()) {
      untuk.add("Ekspektasi/target kinerja: " + String.join("; ", p.targetKinerja()) + ";");
    }
    untuk.add(waktu(p.periode(), p.durasi()) + ";");
    p.pengaturanLain().ifPresent(x -> untuk.add(x + ";"));
    lapor(p).ifPresent(l -> untuk.add("Melaporkan hasil pelaksanaan tugas kepada " + l + ";"));
    untuk.add("Melaksanakan perintah ini dengan penuh tanggung jawab.");
    LocalDate tanggal =
        p.dasar().flatMap(Dasar::tanggal).or(() -> p.periode().map(Periode::mulai)).orElse(null);
    String nomor =
        p.dasar().filter(d -> SURAT.contains(d.jenis())).flatMap(Dasar::nomor).orElse(null);
    Surat s =
        new Surat(
            p.id() + "-" + JenisSurat.SURAT_PERINTAH.key(),
            JenisSurat.SURAT_PERINTAH,
            p.id(),
            Optional.empty(),
            kop(ttd, p.asal().pd()),
            judul(instrumen),
            Optional.empty(),
            nomor != null ? nomor : nomorBaru(ttd, p.asal().pd(), tahun(p.periode(), p.dasar())),
            Optional.empty(),
            List.of(),
            bagian,
            Optional.of(diktum(instrumen)),
            List.of(),
            List.of(orang("", pegawai.get())),
            List.of(),
            false,
            List.of(new Surat.Bagian("Untuk", angka(untuk))),
            List.of(),
            Optional.of(penutup(tanggal)),
            ttd(ttd, Naskah.PENUGASAN, Optional.empty()),
            tembusan(Bentuk.INDIVIDU, p.lingkup(), ttd, r -> pejabat.of(r, p)));
    return Optional.of(s);
  }

  private void permohonan(
      Penugasan p, Permohonan m, NodePath at, List<Kekurangan> missing, List<Surat> out) {
    Optional<Pegawai> pegawai = ix.pegawai(p.pegawai());
    if (pegawai.isEmpty()) {
      return;
    }
    if (!m.dari().isKepalaDaerah() && pejabat.pemangku(m.dari()).isEmpty()) {
      missing.add(
          kurang(
              p.id(),
              at.key("dari"),
              Message.of("surat.data.pemangku", p.id(), m.dari()),
              Message.of("surat.data.pemangku.saran")));
      return;
    }
    boolean sukarela = p.cara() == CaraPenugasan.PENGAJUAN_SUKARELA;
    List<String> para = new ArrayList<>();
    String maksud = m.maksudTujuan().or(p::maksudTujuan).orElse("");
    if (sukarela) {
      para.add(
          "Yang bertanda tangan di bawah ini mengajukan diri secara sukarela untuk dilibatkan dalam"
              + " pelaksanaan tugas pada "
              + tujuan(p)
              + ", dengan uraian sebagai berikut:");
    } else {
      para.add(
          "Dalam rangka pelaksanaan tugas pada "
              + tujuan(p)
              + ", bersama ini kami mohon pelibatan pegawai Saudara, "
              + pegawai.get().namaLengkap()
              + ", NIP. "
              + Sebutan.nip(pegawai.get().nip())
              + ", "
              + namaJabatan(ix.jabatanOf(p.pegawai()))
              + ", dengan uraian sebagai berikut:");
    }
    List<String> rinci = new ArrayList<>();
    if (!maksud.isEmpty()) {
      rinci.add("Maksud dan tujuan: " + maksud + ";");
    }
    m.kompetensi().ifPresent(k -> rinci.add("Kompetensi yang dibutuhkan: " + k + ";"));
    List<String> target = m.targetKinerja().isEmpty() ? p.targetKinerja() : m.targetKinerja();
    if (!target.isEmpty()) {
      rinci.add("Ekspektasi/target kinerja: " + String.join("; ", target) + ";");
    }
    rinci.add(
        "Durasi pelibatan: " + m.durasi().orElseGet(() -> lamanya(p.periode(), p.durasi())) + ".");
    List<String> yth = new ArrayList<>();
    yth.add(namaJabatanSaja(m.kepada()));
    Surat s =
        new Surat(
            p.id() + "-" + JenisSurat.PERMOHONAN.key(),
            JenisSurat.PERMOHONAN,
            p.id(),
            Optional.empty(),
            kop(m.dari(), m.dari().pd()),
            "",
            Optional.empty(),
            m.nomor().orElseGet(() -> nomorBaru(m.dari(), m.dari().pd(), tahun(m.tanggal()))),
            Optional.of(
                new Surat.Alamat(
                    daerah.ibukota() + ", " + m.tanggal().map(Tanggal::format).orElse(KOSONG),
                    "Penting",
                    "-",
                    sukarela
                        ? "Pengajuan Diri untuk Dilibatkan dalam Tugas"
                        : "Permohonan Pelibatan Pegawai",
                    String.join("\n", yth),
                    "Tempat")),
            para,
            List.of(),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            false,
            List.of(new Surat.Bagian("", angka(rinci))),
            List.of(
                "Demikian permohonan ini disampaikan. Atas perhatian dan kerja samanya diucapkan"
                    + " terima kasih."),
            Optional.empty(),
            ttd(m.dari(), Naskah.KORESPONDENSI, Optional.of(m.dari().pd())),
            m.tembusan().stream().map(this::namaJabatan).toList());
    out.add(s);
  }

  private void jawaban(
      Penugasan p,
      Permohonan m,
      Jawaban j,
      NodePath at,
      List<Kekurangan> missing,
      List<Surat> out) {
    Optional<Pegawai> pegawai = ix.pegawai(p.pegawai());
    JabatanId dari = j.dari().orElse(m.kepada());
    if (pegawai.isEmpty()) {
      return;
    }
    if (!dari.isKepalaDaerah() && pejabat.pemangku(dari).isEmpty()) {
      missing.add(
          kurang(
              p.id(),
              at.key("dari"),
              Message.of("surat.data.pemangku", p.id(), dari),
              Message.of("surat.data.pemangku.saran")));
      return;
    }
    if (!j.setuju() && j.alasan().isEmpty()) {
      missing.add(
          kurang(
              p.id(),
              at.key("alasan"),
              Message.of("surat.data.alasan", p.id()),
              Message.of("surat.data.alasan.saran")));
      return;
    }
    String rujukan =
        "Menindaklanjuti surat Saudara"
            + m.nomor().map(n -> " Nomor " + n).orElse("")
            + m.tanggal().map(t -> " tanggal " + Tanggal.format(t)).orElse("")
            + " perihal "
            + (p.cara() == CaraPenugasan.PENGAJUAN_SUKARELA
                ? "Pengajuan Diri untuk Dilibatkan dalam Tugas"
                : "Permohonan Pelibatan Pegawai")
            + ", ";
    List<String> pembuka = new ArrayList<>();
    List<String> para = new ArrayList<>();
    List<Surat.Orang> kepada = List.of();
    if (j.setuju()) {
      pembuka.add(
          rujukan
              + "dengan ini disampaikan bahwa kami menyetujui pelibatan pegawai berikut dalam tugas"
              + " pada "
              + tujuan(p)
              + " selama "
              + lamanya(p.periode(), p.durasi())
              + ":");
      kepada = List.of(orang("", pegawai.get()));
      para.add(
          "Selama penugasan, pegawai tersebut tetap melaksanakan tugas jabatannya dan melaporkan"
              + " hasil tugas sesuai ketentuan.");
    } else {
      pembuka.add(
          rujukan
              + "dengan ini disampaikan bahwa permohonan pelibatan "
              + pegawai.get().namaLengkap()
              + ", NIP. "
              + Sebutan.nip(pegawai.get().nip())
              + ", belum dapat kami setujui dengan alasan: "
              + j.alasan().orElse("")
              + ".");
    }
    para.add("Demikian disampaikan untuk menjadi maklum.");
    Surat s =
        new Surat(
            p.id() + "-" + JenisSurat.JAWABAN.key(),
            JenisSurat.JAWABAN,
            p.id(),
            Optional.empty(),
            kop(dari, dari.pd()),
            "",
            Optional.empty(),
            j.nomor().orElseGet(() -> nomorBaru(dari, dari.pd(), tahun(j.tanggal()))),
            Optional.of(
                new Surat.Alamat(
                    daerah.ibukota() + ", " + j.tanggal().map(Tanggal::format).orElse(KOSONG),
                    "Penting",
                    "-",
                    j.setuju()
                        ? "Persetujuan Pelibatan Pegawai"
                        : "Jawaban atas Permohonan Pelibatan Pegawai",
                    namaJabatanSaja(m.dari()),
                    "Tempat")),
            pembuka,
            List.of(),
            Optional.empty(),
            List.of(),
            kepada,
            List.of(),
            false,
            List.of(),
            para,
            Optional.empty(),
            ttd(dari, Naskah.KORESPONDENSI, Optional.of(dari.pd())),
            List.of());
    out.add(s);
  }

  // --- team ------------------------------------------------------------------------------

  /** The surat perintah of a team, or the draft keputusan where the profile's instrument is one. */
  public Hasil tim(TimKerja t) {
    NodePath at = new NodePath(DataPath.timKerja(t.id()));
    List<Kekurangan> missing = new ArrayList<>();
    if (t.periode().isEmpty()) {
      missing.add(
          kurang(
              t.id(),
              at.key("periode"),
              Message.of("surat.data.periode", t.id()),
              Message.of("surat.data.periode.saran")));
    }
    Optional<Facts.Penetapan> entry =
        entry(Bentuk.TIM, t.lingkup(), t.cara(), t.dasar().map(Dasar::jenis));
    List<Peran> roles = entry.map(Facts.Penetapan::penetap).orElse(List.of());
    Optional<JabatanId> signer = chooseSigner(pejabat.of(roles, t), t.dasar().map(Dasar::penetap));
    NodePath signerAt = t.dasar().isPresent() ? at.key("dasar").key("penetap") : at;
    if (signer.isEmpty()) {
      missing.add(
          kurang(
              t.id(),
              signerAt,
              Message.of("surat.data.penandatangan", t.id(), describe(roles)),
              Message.of("surat.data.penandatangan.saran")));
    } else if (!signer.get().isKepalaDaerah() && pejabat.pemangku(signer.get()).isEmpty()) {
      missing.add(
          kurang(
              t.id(),
              signerAt,
              Message.of("surat.data.pemangku", t.id(), signer.get()),
              Message.of("surat.data.pemangku.saran")));
    }
    if (!missing.isEmpty()) {
      return new Hasil(t.id(), at, List.of(), missing);
    }
    JenisInstrumen instrumen = instrumen(t.dasar(), entry);
    JabatanId ttd = signer.get();
    List<Surat.Anggota> rows = new ArrayList<>();
    int n = 1;
    if (t.ketua().isPresent()) {
      rows.add(anggota(n++, t.ketua().get(), "Ketua"));
    }
    for (Orang o : t.anggota()) {
      rows.add(anggota(n++, o, "Anggota"));
    }
    String pemilik = namaUnit(t.pemilikKinerja());
    String laporKetua =
        t.ketuaMelaporKepada().isEmpty()
            ? pemilikKepala(t.pemilikKinerja())
            : String.join(
                " dan ", t.ketuaMelaporKepada().stream().map(this::namaJabatanSaja).toList());
    String periode = waktu(t.periode(), Optional.empty());
    String pd = t.pemilikKinerja().pd();
    LocalDate tanggal =
        t.dasar().flatMap(Dasar::tanggal).or(() -> t.periode().map(Periode::mulai)).orElse(null);
    if (KEPUTUSAN.contains(instrumen)) {
      return new Hasil(
          t.id(),
          at,
          List.of(keputusan(t, ttd, rows, pemilik, laporKetua, periode, tanggal)),
          List.of());
    }
    List<String> untuk = new ArrayList<>();
    untuk.add(
        "Melaksanakan tugas sebagai "
            + t.nama()
            + " dengan "
            + pemilik
            + " sebagai pemilik kinerja;");
    if (!t.targetKinerja().isEmpty()) {
      untuk.add("Ekspektasi/target kinerja: " + String.join("; ", t.targetKinerja()) + ";");
    }
    untuk.add(periode + ";");
    untuk.add(
        "Anggota tim melaporkan hasil kerjanya kepada Ketua Tim; Ketua Tim melaporkan hasil kerja"
            + " tim kepada "
            + laporKetua
            + ";");
    untuk.add("Melaksanakan perintah ini dengan penuh tanggung jawab.");
    String nomor =
        t.dasar().filter(d -> SURAT.contains(d.jenis())).flatMap(Dasar::nomor).orElse(null);
    Surat s =
        new Surat(
            t.id() + "-" + JenisSurat.SURAT_PERINTAH_TIM.key(),
            JenisSurat.SURAT_PERINTAH_TIM,
            t.id(),
            Optional.empty(),
            kop(ttd, pd),
            judul(instrumen),
            Optional.empty(),
            nomor != null ? nomor : nomorBaru(ttd, pd, tahun(t.periode(), t.dasar())),
            Optional.empty(),
            List.of(),
            List.of(new Surat.Bagian("Dasar", huruf(dasar(Optional.empty())))),
            Optional.of(diktum(instrumen)),
            List.of(
                new Surat.Bagian(
                    "Kepada",
                    List.of(
                        new Surat.Butir(
                            "",
                            "Nama-nama yang tercantum dalam daftar berikut sebagai "
                                + t.nama()
                                + ":")))),
            List.of(),
            rows,
            false,
            List.of(new Surat.Bagian("Untuk", angka(untuk))),
            List.of(),
            Optional.of(penutup(tanggal)),
            ttd(ttd, Naskah.PENUGASAN, Optional.empty()),
            tembusan(Bentuk.TIM, t.lingkup(), ttd, r -> pejabat.of(r, t)));
    return new Hasil(t.id(), at, List.of(s), List.of());
  }

  private Surat keputusan(
      TimKerja t,
      JabatanId ttd,
      List<Surat.Anggota> rows,
      String pemilik,
      String laporKetua,
      String periode,
      LocalDate tanggal) {
    String penetap = sebutanPenetap(ttd).toUpperCase(Locale.ROOT);
    String judul = "KEPUTUSAN " + penetap;
    String tentang = "PEMBENTUKAN " + t.nama().toUpperCase(Locale.ROOT);
    List<Surat.Bagian> bagian = new ArrayList<>();
    bagian.add(
        new Surat.Bagian(
            "Menimbang",
            huruf(
                List.of(
                    "bahwa untuk mencapai target kinerja "
                        + pemilik
                        + " diperlukan "
                        + t.nama()
                        + " yang melibatkan pegawai lintas unit organisasi;",
                    "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu"
                        + " menetapkan Keputusan "
                        + sebutanPenetap(ttd)
                        + " tentang Pembentukan "
                        + t.nama()
                        + ";"))));
    bagian.add(new Surat.Bagian("Mengingat", angka(List.of(profile.regulasi().judul() + ";"))));
    List<Surat.Bagian> diktum = new ArrayList<>();
    diktum.add(
        new Surat.Bagian(
            "Menetapkan", List.of(new Surat.Butir("", judul + " TENTANG " + tentang + "."))));
    List<String> isi = new ArrayList<>();
    isi.add(
        "Membentuk "
            + t.nama()
            + " dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran Keputusan ini.");
    isi.add(
        t.nama()
            + " bertugas mencapai ekspektasi/target kinerja "
            + pemilik
            + (t.targetKinerja().isEmpty() ? "" : ", yaitu " + String.join("; ", t.targetKinerja()))
            + ".");
    isi.add(
        "Anggota tim melaporkan hasil kerjanya kepada Ketua Tim; Ketua Tim melaporkan hasil kerja"
            + " tim kepada "
            + laporKetua
            + ".");
    isi.add(periode + ".");
    isi.add("Keputusan ini mulai berlaku pada tanggal ditetapkan.");
    for (int i = 0; i < isi.size(); i++) {
      diktum.add(new Surat.Bagian(Urutan.diktum(i + 1), List.of(new Surat.Butir("", isi.get(i)))));
    }
    String pd = t.pemilikKinerja().pd();
    return new Surat(
        t.id() + "-" + JenisSurat.KEPUTUSAN.key(),
        JenisSurat.KEPUTUSAN,
        t.id(),
        Optional.empty(),
        kop(ttd, pd),
        judul,
        Optional.of(tentang),
        t.dasar()
            .filter(d -> KEPUTUSAN.contains(d.jenis()))
            .flatMap(Dasar::nomor)
            .orElse(KOSONG + " TAHUN " + tahun(t.periode(), t.dasar())),
        Optional.empty(),
        List.of(),
        bagian,
        Optional.of("MEMUTUSKAN:"),
        List.of(),
        List.of(),
        rows,
        true,
        diktum,
        List.of(),
        Optional.of(penutup(tanggal)),
        ttd(ttd, Naskah.PENETAPAN, Optional.empty()),
        tembusan(Bentuk.TIM, t.lingkup(), ttd, r -> pejabat.of(r, t)));
  }

  // --- who signs -------------------------------------------------------------------------

  /**
   * The profile's entry for this form, scope and mode: the one naming the recorded instrument, else
   * the first binding one.
   */
  private Optional<Facts.Penetapan> entry(
      Bentuk b, Lingkup l, CaraPenugasan c, Optional<JenisInstrumen> recorded) {
    List<Facts.Penetapan> entries =
        profile.penetapan().stream().filter(e -> e.appliesTo(b, l, c)).toList();
    if (recorded.isPresent()) {
      for (Facts.Penetapan e : entries) {
        if (e.instrumen().contains(recorded.get())) {
          return Optional.of(e);
        }
      }
    }
    return entries.stream()
        .filter(e -> e.ketentuan().mengikat())
        .findFirst()
        .or(() -> entries.stream().findFirst());
  }

  /**
   * The recorded issuer when the profile's roles include it (or the profile names none), else the
   * first position that plays one of the roles.
   */
  private static Optional<JabatanId> chooseSigner(
      Set<JabatanId> candidates, Optional<JabatanId> recorded) {
    if (recorded.isPresent() && (candidates.isEmpty() || candidates.contains(recorded.get()))) {
      return recorded;
    }
    return candidates.stream().findFirst();
  }

  private static JenisInstrumen instrumen(Optional<Dasar> dasar, Optional<Facts.Penetapan> entry) {
    if (dasar.isPresent()
        && (SURAT.contains(dasar.get().jenis()) || KEPUTUSAN.contains(dasar.get().jenis()))) {
      return dasar.get().jenis();
    }
    if (entry.isPresent()) {
      for (JenisInstrumen i : entry.get().instrumen()) {
        if (SURAT.contains(i) || KEPUTUSAN.contains(i)) {
          return i;
        }
      }
    }
    return JenisInstrumen.SURAT_PERINTAH;
  }

  private static String judul(JenisInstrumen i) {
    return switch (i) {
      case SURAT_TUGAS -> "SURAT TUGAS";
      case SURAT_PERINTAH_TUGAS -> "SURAT PERINTAH TUGAS";
      default -> "SURAT PERINTAH";
    };
  }

  private String diktum(JenisInstrumen i) {
    if (i == JenisInstrumen.SURAT_TUGAS) {
      return "MENUGASKAN:";
    }
    return profile.surat().diktum().orElse("MEMERINTAHKAN:");
  }

  private static String describe(List<Peran> roles) {
    return roles.isEmpty() ? "-" : String.join(", ", roles.stream().map(Peran::key).toList());
  }

  /** The kind of naskah, which decides the signature block (Pasal 44). */
  enum Naskah {
    PENUGASAN,
    KORESPONDENSI,
    PENETAPAN
  }

  /**
   * The signature block of Permendagri 1/2023 Pasal 44: titles on penugasan and korespondensi, none
   * on penetapan; NIP and pangkat for all but the Kepala Daerah, Wakil and Sekda; nothing but the
   * bare name for a Pj/Plt/Plh Kepala Daerah.
   */
  Surat.Ttd ttd(JabatanId id, Naskah naskah, Optional<String> kopPd) {
    if (id.isKepalaDaerah()) {
      KepalaDaerah kd = daerah.kepala();
      String prefix =
          switch (kd.status()) {
            case DEFINITIF -> "";
            default -> awalan(kd.status());
          };
      boolean acting = kd.status() != StatusJabatan.DEFINITIF;
      String nama = kd.nama().orElse(KOSONG);
      if (!acting && naskah != Naskah.PENETAPAN) {
        nama =
            Sebutan.namaGelar(kd.gelarDepan().orElse(null), nama, kd.gelarBelakang().orElse(null));
      }
      return new Surat.Ttd(
          Optional.empty(),
          prefix + sebutanKepalaDaerah().toUpperCase(Locale.ROOT) + ",",
          nama,
          List.of());
    }
    Optional<Pegawai> g = pejabat.pemangku(id);
    String jabatan = ix.jabatan(id).map(Jabatan::nama).orElse(id.toString());
    boolean sekda = pejabat.isSekretarisDaerah(id);
    String nama =
        g.map(
                x ->
                    naskah == Naskah.PENETAPAN
                        ? x.nama()
                        : Sebutan.namaGelar(
                            x.gelarDepan().orElse(null), x.nama(), x.gelarBelakang().orElse(null)))
            .orElse(KOSONG);
    List<String> rincian = new ArrayList<>();
    if (!sekda && g.isPresent()) {
      String pg = pangkat(g.get());
      if (!pg.isEmpty()) {
        rincian.add(pg);
      }
      rincian.add(nipLabel(g.get()) + ". " + Sebutan.nip(g.get().nip()));
    }
    Optional<String> an = Optional.empty();
    if (kopPd.isPresent() && naskah == Naskah.KORESPONDENSI) {
      Optional<JabatanId> head = pejabat.kepalaPd(kopPd.get());
      if (head.isPresent() && !head.get().equals(id)) {
        an =
            Optional.of(
                "a.n. "
                    + ix.jabatan(head.get()).map(Jabatan::nama).orElse("").toUpperCase(Locale.ROOT)
                    + ",");
      }
    }
    String title = sekda ? sebutanSekda() : jabatan;
    return new Surat.Ttd(an, title + ",", nama, rincian);
  }

  private static String awalan(StatusJabatan s) {
    return switch (s) {
      case DEFINITIF -> "";
      default -> s.key().substring(0, 1).toUpperCase(Locale.ROOT) + s.key().substring(1) + ". ";
    };
  }

  private String sebutanKepalaDaerah() {
    return profile.sebutanKepalaDaerah().orElse(daerah.kepala().sebutan() + " " + namaTanpaJenis());
  }

  private String sebutanSekda() {
    return profile.sebutanSekretarisDaerah().orElse("Sekretaris Daerah");
  }

  /** "Bupati Indragiri Hilir" or "Sekretaris Daerah Kabupaten …": who issues a keputusan. */
  private String sebutanPenetap(JabatanId id) {
    if (id.isKepalaDaerah()) {
      return sebutanKepalaDaerah();
    }
    if (pejabat.isSekretarisDaerah(id)) {
      return sebutanSekda() + " " + daerah.nama();
    }
    return ix.jabatan(id).map(Jabatan::nama).orElse(id.toString());
  }

  private String namaTanpaJenis() {
    String n = daerah.nama();
    for (String p : List.of("Kabupaten ", "Kota ")) {
      if (n.startsWith(p)) {
        return n.substring(p.length());
      }
    }
    return n;
  }

  // --- kop, nomor, dasar, tembusan --------------------------------------------------------

  /**
   * The kop: the Kepala Daerah's own (title and seat) when the Kepala Daerah signs; else that of
   * the unit the signer heads when it has its own (UPT), else of the perangkat daerah.
   */
  private Surat.Kop kop(JabatanId signer, String pd) {
    String pemerintah =
        "PEMERINTAH "
            + (daerah.jenis() == JenisDaerah.KOTA ? "KOTA " : "KABUPATEN ")
            + namaTanpaJenis().toUpperCase(Locale.ROOT);
    if (signer.isKepalaDaerah()) {
      return new Surat.Kop("", sebutanKepalaDaerah().toUpperCase(Locale.ROOT), "", "");
    }
    String ownPd = signer.pd().isEmpty() ? pd : signer.pd();
    Optional<PerangkatDaerah> p = ix.perangkatDaerah(ownPd);
    Optional<Unit> unit = pejabat.dipimpin(signer).filter(u -> u.kop().isPresent());
    String instansi = unit.map(u -> u.nama()).or(() -> p.map(PerangkatDaerah::nama)).orElse(ownPd);
    Optional<Kop> k = unit.flatMap(Unit::kop).or(() -> p.flatMap(PerangkatDaerah::kop));
    String alamat = k.map(x -> x.alamat() + x.kodePos().map(z -> " " + z).orElse("")).orElse("");
    List<String> kontak = new ArrayList<>();
    k.flatMap(Kop::telepon).ifPresent(t -> kontak.add("Telepon " + t));
    k.flatMap(Kop::faksimile).ifPresent(t -> kontak.add("Faksimile " + t));
    k.flatMap(Kop::email).ifPresent(t -> kontak.add("Pos-el " + t));
    k.flatMap(Kop::laman).ifPresent(t -> kontak.add("Laman " + t));
    return new Surat.Kop(
        pemerintah, instansi.toUpperCase(Locale.ROOT), alamat, String.join(" · ", kontak));
  }

  private String nomorBaru(JabatanId signer, String pd, String tahun) {
    String kode =
        signer.isKepalaDaerah()
            ? "…"
            : ix.perangkatDaerah(signer.pd().isEmpty() ? pd : signer.pd())
                .flatMap(PerangkatDaerah::singkatan)
                .orElse(pd)
                .toUpperCase(Locale.ROOT);
    return profile.surat().klasifikasi().orElse(KLASIFIKASI_BAWAAN)
        + "/"
        + KOSONG
        + "/"
        + kode
        + "/"
        + tahun;
  }

  private static String tahun(Optional<Periode> periode, Optional<Dasar> dasar) {
    return dasar
        .flatMap(Dasar::tanggal)
        .or(() -> periode.map(Periode::mulai))
        .map(d -> Integer.toString(d.getYear()))
        .orElse(KOSONG);
  }

  private static String tahun(Optional<LocalDate> d) {
    return d.map(x -> Integer.toString(x.getYear())).orElse(KOSONG);
  }

  private List<String> dasar(Optional<Permohonan> permohonan) {
    List<String> out = new ArrayList<>();
    out.add(profile.regulasi().judul() + ";");
    if (permohonan.isPresent()) {
      Permohonan m = permohonan.get();
      out.add(
          "Surat "
              + namaJabatanSaja(m.dari())
              + m.nomor().map(n -> " Nomor " + n).orElse("")
              + m.tanggal().map(t -> " tanggal " + Tanggal.format(t)).orElse("")
              + " perihal Permohonan Pelibatan Pegawai;");
      m.jawaban()
          .ifPresent(
              j ->
                  out.add(
                      "Surat "
                          + namaJabatanSaja(j.dari().orElse(m.kepada()))
                          + j.nomor().map(n -> " Nomor " + n).orElse("")
                          + j.tanggal().map(t -> " tanggal " + Tanggal.format(t)).orElse("")
                          + (j.setuju()
                              ? " perihal Persetujuan Pelibatan Pegawai;"
                              : " perihal Jawaban atas Permohonan Pelibatan Pegawai;")));
    }
    String last = out.remove(out.size() - 1);
    out.add(last.substring(0, last.length() - 1) + ".");
    return out;
  }

  private interface RoleResolver {
    Set<JabatanId> of(List<Peran> roles);
  }

  private List<String> tembusan(Bentuk b, Lingkup l, JabatanId signer, RoleResolver roles) {
    Set<JabatanId> who = new LinkedHashSet<>();
    for (Facts.Tembusan t : profile.surat().tembusan()) {
      if (t.appliesTo(b, l)) {
        for (Peran r : t.kepada()) {
          who.addAll(roles.of(List.of(r)));
        }
      }
    }
    who.remove(signer);
    return who.stream().map(this::namaJabatanSaja).toList();
  }

  // --- names -------------------------------------------------------------------------------

  private Surat.Orang orang(String no, Pegawai g) {
    return new Surat.Orang(
        no,
        g.namaLengkap(),
        nipLabel(g),
        Sebutan.nip(g.nip()),
        pangkat(g),
        namaJabatan(ix.jabatanOf(g.nip())));
  }

  private Surat.Anggota anggota(int no, Orang o, String peran) {
    if (o instanceof Orang.PegawaiRef r) {
      Optional<Pegawai> g = ix.pegawai(r.nip());
      if (g.isPresent()) {
        return new Surat.Anggota(
            no + ".",
            g.get().namaLengkap(),
            nipLabel(g.get()) + ". " + Sebutan.nip(g.get().nip()),
            pangkat(g.get()),
            namaJabatan(ix.jabatanOf(r.nip())),
            peran);
      }
      return new Surat.Anggota(no + ".", r.nip(), "", "", "", peran);
    }
    Orang.PihakLuarRef ref = (Orang.PihakLuarRef) o;
    Optional<PihakLuar> pl = ix.pihakLuar(ref.id());
    if (pl.isEmpty()) {
      return new Surat.Anggota(no + ".", ref.id(), "", "", "", peran);
    }
    PihakLuar x = pl.get();
    return new Surat.Anggota(
        no + ".",
        Sebutan.namaGelar(x.gelarDepan().orElse(null), x.nama(), x.gelarBelakang().orElse(null)),
        x.nip().map(n -> "NIP. " + Sebutan.nip(n)).orElse(""),
        "",
        String.join(
            " pada ",
            List.of(x.jabatan(), x.unit(), Optional.of(x.instansi())).stream()
                .flatMap(Optional::stream)
                .toList()),
        peran);
  }

  private static String nipLabel(Pegawai g) {
    return g.status() == StatusPegawai.PPPK ? "NI PPPK" : "NIP";
  }

  private static String pangkat(Pegawai g) {
    String gol = g.golongan().map(x -> x.key()).orElse(null);
    String pk = g.pangkat().orElse(g.golongan().map(x -> x.pangkat()).orElse(null));
    return Sebutan.pangkatGolongan(pk, gol);
  }

  /** "Epidemiolog Kesehatan Ahli Pertama pada Bidang P2P Dinas Kesehatan". */
  private String namaJabatan(List<Jabatan> held) {
    if (held.isEmpty()) {
      return "";
    }
    Jabatan j = held.get(0);
    return j.nama() + " pada " + namaUnit(j.unit());
  }

  private String namaJabatan(JabatanId id) {
    if (id.isKepalaDaerah()) {
      return sebutanKepalaDaerah();
    }
    return ix.jabatan(id).map(j -> namaJabatan(List.of(j))).orElse(id.toString());
  }

  /** A position by its title and, when the title does not say it, its perangkat daerah. */
  private String namaJabatanSaja(JabatanId id) {
    if (id.isKepalaDaerah()) {
      return sebutanKepalaDaerah();
    }
    if (pejabat.isSekretarisDaerah(id)) {
      return sebutanSekda() + " " + daerah.nama();
    }
    Optional<Jabatan> j = ix.jabatan(id);
    if (j.isEmpty()) {
      return id.toString();
    }
    String pdNama = ix.perangkatDaerah(id.pd()).map(PerangkatDaerah::nama).orElse("");
    String n = j.get().nama();
    return n.contains(pdNama) || pdNama.isEmpty() ? n : n + " " + pdNama;
  }

  /** "Bidang Pencegahan dan Pengendalian Penyakit Dinas Kesehatan" or "Dinas Kesehatan". */
  private String namaUnit(UnitId id) {
    String pdNama = ix.perangkatDaerah(id.pd()).map(PerangkatDaerah::nama).orElse(id.pd());
    if (id.isRoot()) {
      return pdNama;
    }
    String u = ix.unit(id).map(Unit::nama).orElse(id.toString());
    return u.contains(pdNama) ? u : u + " " + pdNama;
  }

  private String tujuan(Penugasan p) {
    if (p.tujuan().isPresent()) {
      return namaUnit(p.tujuan().get());
    }
    return p.tujuanLuar()
        .map(t -> t.unit().map(u -> u + " ").orElse("") + t.instansi())
        .orElse(namaUnit(p.asal()));
  }

  private String pemilikKepala(UnitId owner) {
    List<JabatanId> heads = pejabat.heads(owner);
    return heads.isEmpty() ? namaUnit(owner) : namaJabatanSaja(heads.get(0));
  }

  /**
   * Whom the letter tells the pegawai to report to: the recorded {@code melapor_kepada}, else an
   * official the profile's binding {@code pelaporan.individu} clauses name for this assignment —
   * the pegawai's Pejabat Penilai Kinerja when it is one of them (the nearest such official),
   * otherwise the first official they name.
   */
  private Optional<String> lapor(Penugasan p) {
    if (p.melaporKepada().isPresent()) {
      return Optional.of(namaJabatanSaja(p.melaporKepada().get()));
    }
    Optional<JabatanId> ppkin = ix.jabatanOf(p.pegawai()).stream().findFirst().flatMap(Org::ppkin);
    java.util.Set<JabatanId> allowed = new java.util.LinkedHashSet<>();
    for (Facts.Peranan clause : profile.pelaporanIndividu()) {
      if (clause.ketentuan().mengikat()) {
        allowed.addAll(pejabat.of(clause.peran(), p));
      }
    }
    Optional<JabatanId> to =
        allowed.isEmpty() || ppkin.map(allowed::contains).orElse(false)
            ? ppkin
            : allowed.stream().findFirst();
    return to.map(this::namaJabatanSaja);
  }

  // --- time ---------------------------------------------------------------------------------

  /** "Penugasan dilaksanakan 1 Maret 2024 s.d. 30 Juni 2024 (4 (empat) bulan)". */
  private static String waktu(Optional<Periode> periode, Optional<String> durasi) {
    if (periode.isPresent() && periode.get().selesai().isPresent()) {
      LocalDate a = periode.get().mulai();
      LocalDate b = periode.get().selesai().get();
      return "Penugasan dilaksanakan "
          + Tanggal.rentang(a, b)
          + " ("
          + durasi.orElse(Tanggal.lamanya(a, b))
          + ")";
    }
    if (periode.isPresent()) {
      return "Penugasan dilaksanakan mulai "
          + Tanggal.format(periode.get().mulai())
          + durasi.map(d -> " selama " + d).orElse(" sampai dengan akhir tahun anggaran");
    }
    return "Penugasan dilaksanakan selama " + durasi.orElse(KOSONG);
  }

  private static String lamanya(Optional<Periode> periode, Optional<String> durasi) {
    if (durasi.isPresent()) {
      return durasi.get();
    }
    if (periode.isPresent() && periode.get().selesai().isPresent()) {
      return Tanggal.lamanya(periode.get().mulai(), periode.get().selesai().get());
    }
    return KOSONG;
  }

  private Surat.Penutup penutup(LocalDate tanggal) {
    return new Surat.Penutup(
        profile.surat().ditetapkanDi().orElse("Ditetapkan di"),
        daerah.ibukota(),
        profile.surat().padaTanggal().orElse("pada tanggal"),
        tanggal == null ? KOSONG : Tanggal.format(tanggal));
  }

  private static List<Surat.Butir> huruf(List<String> items) {
    List<Surat.Butir> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      out.add(new Surat.Butir(Urutan.huruf(i + 1) + ".", items.get(i)));
    }
    return out;
  }

  private static List<Surat.Butir> angka(List<String> items) {
    List<Surat.Butir> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      out.add(new Surat.Butir((i + 1) + ".", items.get(i)));
    }
    return out;
  }

  private static Kekurangan kurang(String sumber, NodePath at, Message pesan, Message saran) {
    return new Kekurangan(sumber, at, pesan, saran);
  }

  /** The first letter in lower case, unless the word is an acronym ("BLUe", "RKP"). */
  private static String kecil(String s) {
    if (s.length() > 1
        && Character.isUpperCase(s.charAt(0))
        && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }

  static String bilangan(long n) {
    return Terbilang.bilangan(n);
  }
}
