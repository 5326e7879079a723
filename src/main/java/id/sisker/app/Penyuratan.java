package id.sisker.app;

import id.sisker.finding.Finding;
import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.finding.Severity;
import id.sisker.letter.Kekurangan;
import id.sisker.letter.Penyusun;
import id.sisker.letter.Surat;
import id.sisker.letter.docx.Templat;
import id.sisker.letter.html.HtmlSurat;
import id.sisker.letter.lembar.LembarPenugasan;
import id.sisker.letter.manifest.Manifest;
import id.sisker.letter.markdown.MarkdownSurat;
import id.sisker.model.Daerah;
import id.sisker.model.Indeks;
import id.sisker.model.Penugasan;
import id.sisker.model.Periode;
import id.sisker.model.TimKerja;
import id.sisker.model.UnitId;
import id.sisker.profile.Profile;
import id.sisker.source.NodePath;
import id.sisker.source.SourceMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Drafts the letters of a daerah ({@code sisker surat}): validates it, selects assignments and
 * teams, keeps back those with errors (or marks their letters as drafts when allowed), and writes
 * one file per letter and format through the output folder, one letter at a time, with a manifest.
 */
public final class Penyuratan {

  /** Data a letter needs but the model lacks. */
  public static final RuleId SURAT_DATA = RuleId.of("penugasan.data-surat");

  /** The warning every page of a letter drafted despite errors carries. */
  public static final String DRAF = "DRAF — TIDAK SESUAI KETENTUAN";

  /** Output formats, by file extension. */
  public enum Format {
    DOCX("docx"),
    MD("md"),
    HTML("html");

    private final String ext;

    Format(String ext) {
      this.ext = ext;
    }

    public String ext() {
      return ext;
    }
  }

  /** What to draft and how. */
  public record Pilihan(
      List<String> id,
      List<String> perangkatDaerah,
      Optional<LocalDate> dari,
      Optional<LocalDate> sampai,
      Set<Format> format,
      boolean izinkanTidakSah,
      boolean coba,
      Optional<Path> lembar,
      Optional<Integer> nomorMulai) {
    public Pilihan {
      id = List.copyOf(id);
      perangkatDaerah = List.copyOf(perangkatDaerah);
      format = Set.copyOf(format);
    }
  }

  /** One manifest row. */
  public record Baris(
      String berkas, String jenis, String sumber, String penandatangan, String sha256)
      implements Manifest.Entri {}

  /**
   * The outcome: the validation, the findings that kept letters back (or that marked them as
   * drafts), the files written or that would be written, the files in the way without --force, and
   * ids asked for that name nothing.
   */
  public record Hasil(
      Validation.Outcome validasi,
      List<Finding> temuan,
      List<Baris> manifest,
      List<String> terhalang,
      List<String> idTakDikenal,
      int ditahan,
      List<Message> lembar) {
    /** Whether the input could not be drafted from at all (unreadable, or no known profile). */
    public boolean takTerpakai() {
      return validasi.unusable()
          || validasi.load().daerah().isEmpty()
          || validasi.profile().isEmpty();
    }

    public Hasil {
      temuan = List.copyOf(temuan);
      manifest = List.copyOf(manifest);
      terhalang = List.copyOf(terhalang);
      idTakDikenal = List.copyOf(idTakDikenal);
      lembar = List.copyOf(lembar);
    }
  }

  private final Validation validation;
  private final Templat templat;

  public Penyuratan(Validation validation, SuratTemplat templat) {
    this.validation = validation;
    this.templat = templat.templat();
  }

  /**
   * Drafts the letters of {@code input} into {@code folder}; progress gets the count done. With a
   * sheet ({@link Pilihan#lembar}), the letters are those of its rows, checked as part of the
   * daerah, and the sheet's problems come back as messages ({@link Hasil#lembar}).
   */
  public Hasil jalankan(Path input, OutputFolder folder, Pilihan p, IntConsumer progress)
      throws IOException {
    Validation.Outcome v = validation.validate(input);
    if (v.unusable() || v.load().daerah().isEmpty() || v.profile().isEmpty()) {
      return new Hasil(v, List.of(), List.of(), List.of(), List.of(), 0, List.of());
    }
    Daerah d = v.load().daerah().get();
    Profile profile = v.profile().get();
    List<Finding> checked = v.findings();
    List<Message> sheetProblems = new ArrayList<>();
    SourceMap posisi = v.load().sourceMap();
    if (p.lembar().isPresent()) {
      Indeks base = new Indeks(d);
      Set<String> used = new LinkedHashSet<>();
      d.penugasan().forEach(t -> used.add(t.id()));
      d.timKerja().forEach(t -> used.add(t.id()));
      Path sheet = p.lembar().get();
      LembarPenugasan.Hasil rows =
          LembarPenugasan.baca(sheet, sheet.getFileName().toString(), base, used);
      for (LembarPenugasan.Masalah x : rows.masalah()) {
        sheetProblems.add(
            Message.of(
                "surat.lembar.posisi",
                sheet.getFileName().toString(),
                x.lembar(),
                x.baris(),
                x.kolom(),
                x.header(),
                x.pesan()));
      }
      d =
          new Daerah(
              d.nama(),
              d.jenis(),
              d.provinsi(),
              d.kodeWilayah(),
              d.ibukota(),
              d.kepala(),
              d.profil(),
              d.perangkatDaerah(),
              d.pegawai(),
              d.pihakLuar(),
              List.of(),
              rows.penugasan(),
              d.profilFile());
      checked = validation.periksa(d, v.profile(), rows.posisi());
      // The letters' own findings point into the sheet too.
      posisi = rows.posisi();
    }
    Indeks ix = new Indeks(d);
    Penyusun penyusun = new Penyusun(d, ix, profile);
    List<Object> chosen = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Penugasan t : d.penugasan()) {
      seen.add(t.id());
      if (selected(p, t.id(), t.asal(), t.tujuan(), t.periode())) {
        chosen.add(t);
      }
    }
    for (TimKerja t : d.timKerja()) {
      seen.add(t.id());
      if (selected(p, t.id(), t.pemilikKinerja(), Optional.empty(), t.periode())) {
        chosen.add(t);
      }
    }
    List<String> unknown = p.id().stream().filter(i -> !seen.contains(i)).toList();
    List<Finding> temuan = new ArrayList<>();
    List<Object> drafted = new ArrayList<>();
    List<Boolean> asDraft = new ArrayList<>();
    int held = 0;
    for (Object o : chosen) {
      NodePath at =
          new NodePath(
              o instanceof Penugasan t
                  ? id.sisker.model.DataPath.penugasan(t.id())
                  : id.sisker.model.DataPath.timKerja(((TimKerja) o).id()));
      List<Finding> errors = errorsUnder(checked, at);
      Penyusun.Hasil h =
          o instanceof Penugasan t ? penyusun.penugasan(t) : penyusun.tim((TimKerja) o);
      List<Finding> missing = new ArrayList<>();
      for (Kekurangan k : h.kekurangan()) {
        missing.add(finding(k, posisi));
      }
      temuan.addAll(errors);
      temuan.addAll(missing);
      if (!missing.isEmpty() || (!errors.isEmpty() && !p.izinkanTidakSah())) {
        held++;
        continue;
      }
      drafted.add(o);
      asDraft.add(!errors.isEmpty());
    }
    // First pass: names only, so nothing is written when a file is in the way.
    List<String> blocked = new ArrayList<>();
    if (!p.coba()) {
      for (Object o : drafted) {
        for (Surat s : letters(penyusun, o)) {
          for (Format f : ordered(p.format())) {
            String name = s.berkas() + "." + f.ext();
            Optional<Path> target = folder.resolve(name);
            if (target.isEmpty() || folder.blocked(target.get())) {
              blocked.add(name);
            }
          }
        }
      }
      for (String mf : List.of("manifest.csv", "manifest.json")) {
        if (folder.resolve(mf).map(folder::blocked).orElse(true)) {
          blocked.add(mf);
        }
      }
      if (!blocked.isEmpty()) {
        return new Hasil(v, temuan, List.of(), blocked, unknown, held, sheetProblems);
      }
    }
    List<Baris> manifest = new ArrayList<>();
    int done = 0;
    int urut = p.nomorMulai().orElse(0);
    for (int i = 0; i < drafted.size(); i++) {
      for (Surat s0 : letters(penyusun, drafted.get(i))) {
        Surat s = asDraft.get(i) ? s0.withDraf(DRAF) : s0;
        String blank = "/" + Penyusun.KOSONG + "/";
        if (p.nomorMulai().isPresent() && s.nomor().contains(blank)) {
          // a counter for letters without a recorded number, in the order they are written
          s = s.withNomor(s.nomor().replace(blank, "/" + String.format("%03d", urut++) + "/"));
        }
        for (Format f : ordered(p.format())) {
          byte[] bytes = render(s, f);
          String name = s.berkas() + "." + f.ext();
          if (!p.coba()) {
            folder.write(folder.resolve(name).orElseThrow(), bytes);
          }
          manifest.add(new Baris(name, s.jenis().key(), s.sumber(), signer(s), sha256(bytes)));
        }
        progress.accept(++done);
      }
    }
    if (!p.coba()) {
      folder.write(folder.resolve("manifest.csv").orElseThrow(), Manifest.csv(manifest));
      folder.write(folder.resolve("manifest.json").orElseThrow(), Manifest.json(manifest));
    }
    return new Hasil(v, temuan, manifest, List.of(), unknown, held, sheetProblems);
  }

  private static List<Surat> letters(Penyusun penyusun, Object o) {
    return o instanceof Penugasan t
        ? penyusun.penugasan(t).surat()
        : penyusun.tim((TimKerja) o).surat();
  }

  private static List<Format> ordered(Set<Format> f) {
    return List.of(Format.values()).stream().filter(f::contains).toList();
  }

  private byte[] render(Surat s, Format f) throws IOException {
    return switch (f) {
      case DOCX -> templat.tulis(s);
      case MD -> MarkdownSurat.tulis(s).getBytes(StandardCharsets.UTF_8);
      case HTML -> HtmlSurat.tulis(s).getBytes(StandardCharsets.UTF_8);
    };
  }

  private static String signer(Surat s) {
    return (s.ttd().an().map(a -> a + " ").orElse("") + s.ttd().jabatan() + " " + s.ttd().nama())
        .strip();
  }

  private static boolean selected(
      Pilihan p, String id, UnitId asal, Optional<UnitId> tujuan, Optional<Periode> periode) {
    if (!p.id().isEmpty() && !p.id().contains(id)) {
      return false;
    }
    if (!p.perangkatDaerah().isEmpty()
        && !p.perangkatDaerah().contains(asal.pd())
        && tujuan.map(t -> !p.perangkatDaerah().contains(t.pd())).orElse(true)) {
      return false;
    }
    if (p.dari().isPresent() || p.sampai().isPresent()) {
      if (periode.isEmpty()) {
        return false;
      }
      LocalDate mulai = periode.get().mulai();
      LocalDate selesai = periode.get().selesai().orElse(LocalDate.of(mulai.getYear(), 12, 31));
      if (p.dari().isPresent() && selesai.isBefore(p.dari().get())) {
        return false;
      }
      if (p.sampai().isPresent() && mulai.isAfter(p.sampai().get())) {
        return false;
      }
    }
    return true;
  }

  /** The unsuppressed errors about the entity at {@code at} or anything inside it. */
  private static List<Finding> errorsUnder(List<Finding> findings, NodePath at) {
    String a = at.value();
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      String fp = f.path().value();
      if (f.severity() == Severity.ERROR
          && !f.isSuppressed()
          && (fp.equals(a) || fp.startsWith(a + ".") || fp.startsWith(a + "["))) {
        out.add(f);
      }
    }
    return out;
  }

  private static Finding finding(Kekurangan k, SourceMap posisi) {
    Finding.Builder b =
        Finding.builder(SURAT_DATA, Severity.ERROR, k.pesan()).path(k.path()).hint(k.saran());
    posisi.find(k.path()).ifPresent(b::span);
    return b.build();
  }

  /** The template sheet for assignments (XLSX), for {@code --lembar-contoh}. */
  public static byte[] lembarContoh() throws IOException {
    return LembarPenugasan.contoh();
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
