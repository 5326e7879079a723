package id.sisker.app;

import id.sisker.finding.Finding;
import id.sisker.finding.Findings;
import id.sisker.finding.Message;
import id.sisker.finding.Messages;
import id.sisker.finding.UnreadableInputException;
import id.sisker.format.Obj;
import id.sisker.format.PemetaanFormat;
import id.sisker.format.Shape;
import id.sisker.peta.DataYaml;
import id.sisker.peta.Impor;
import id.sisker.peta.ImporHasil;
import id.sisker.peta.ImporYaml;
import id.sisker.peta.Lembar;
import id.sisker.peta.Masalah;
import id.sisker.peta.Pemetaan;
import id.sisker.peta.Teks;
import id.sisker.peta.csv.CsvBaca;
import id.sisker.peta.xlsx.XlsxBaca;
import id.sisker.source.NodePath;
import id.sisker.source.SourceFile;
import id.sisker.source.SourceMap;
import id.sisker.yaml.YamlDocument;
import id.sisker.yaml.YamlLimits;
import id.sisker.yaml.YamlReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code sisker impor}: reads a peta jabatan sheet (XLSX or CSV) and gives one YAML file per
 * perangkat daerah, named {@code perangkat-daerah/<id>.yaml}, and the problems met. Writing is the
 * caller's, through {@link OutputFolder}.
 */
public final class Pengimporan {

  private Pengimporan() {}

  /** The folder the perangkat daerah files go in, as in the examples. */
  public static final String FOLDER = "perangkat-daerah";

  /**
   * What an import gives.
   *
   * @param berkas file name (relative to the output folder) → YAML text, in sheet order
   * @param laporan the problems, one line each, in the order met
   * @param takTerbaca why the file could not be read at all, if it could not (worded by the caller)
   * @param pemetaanSalah the problems of the mapping file, when it could not be used
   */
  public record Hasil(
      ImporHasil impor,
      Map<String, String> berkas,
      List<String> laporan,
      Optional<Message> takTerbaca,
      Optional<PemetaanSalah> pemetaanSalah) {

    public Hasil(
        ImporHasil impor,
        Map<String, String> berkas,
        List<String> laporan,
        Optional<Message> takTerbaca) {
      this(impor, berkas, laporan, takTerbaca, Optional.empty());
    }

    public boolean adaGalat() {
      return impor.adaGalat();
    }

    /** Problems that left a row or cell out. */
    public long galat() {
      return impor.masalah().stream().filter(m -> m.galat()).count();
    }

    /** Notices: what was read differently from the sheet, or left to the user. */
    public long catatan() {
      return impor.masalah().size() - galat();
    }

    public int jumlahJabatan() {
      return impor.perangkatDaerah().stream().mapToInt(p -> hitung(p.akar())).sum();
    }

    private static int hitung(ImporHasil.Unit u) {
      return u.jabatan().size() + u.unit().stream().mapToInt(Hasil::hitung).sum();
    }
  }

  /**
   * A mapping file that cannot be used: its name as messages show it, and its findings in file
   * order (the command line words them).
   */
  public record PemetaanSalah(String berkas, List<Finding> temuan) {
    public PemetaanSalah {
      temuan = List.copyOf(temuan);
    }
  }

  public static Hasil impor(Path file, String lang) {
    return impor(file, Optional.empty(), Path.of(""), lang);
  }

  /**
   * Imports {@code file}, with the columns where the mapping file {@code pemetaan} puts them.
   *
   * @param base the folder file names in messages are relative to (the working directory)
   */
  public static Hasil impor(Path file, Optional<Path> pemetaan, Path base, String lang) {
    return impor(file, pemetaan, base, lang, false);
  }

  /**
   * Imports {@code file}; rows hidden in the spreadsheet program are imported only when {@code
   * denganTersembunyi}, otherwise skipped and reported by sheet and row.
   */
  public static Hasil impor(
      Path file, Optional<Path> pemetaan, Path base, String lang, boolean denganTersembunyi) {
    return impor(
        file,
        base,
        lang,
        new Opsi(pemetaan, denganTersembunyi, Optional.empty(), Optional.empty()));
  }

  /**
   * What the user chose.
   *
   * @param pemetaan a column mapping file
   * @param denganTersembunyi whether rows hidden in the spreadsheet are imported
   * @param daerah the daerah's name, for the root {@code daerah.yaml} (over a Daerah sheet's)
   * @param profil the regulation profile id for the root (over a Daerah sheet's)
   */
  public record Opsi(
      Optional<Path> pemetaan,
      boolean denganTersembunyi,
      Optional<String> daerah,
      Optional<String> profil) {}

  /** Imports {@code file} as {@code opsi} says. */
  public static Hasil impor(Path file, Path base, String lang, Opsi opsi) {
    Optional<Path> pemetaan = opsi.pemetaan();
    boolean denganTersembunyi = opsi.denganTersembunyi();
    Teks teks = Teks.of(lang);
    Optional<Pemetaan> peta = Optional.empty();
    if (pemetaan.isPresent()) {
      SourceFile sf = SourceFile.of(pemetaan.get(), base);
      List<Finding> salah = new ArrayList<>();
      peta = pemetaan(sf, salah);
      if (peta.isEmpty()) {
        return new Hasil(
            new ImporHasil(List.of(), List.of()),
            Map.of(),
            List.of(),
            Optional.of(Message.of("impor.pemetaan-salah", pemetaan.get().toString())),
            Optional.of(new PemetaanSalah(sf.name(), salah)));
      }
    }
    String nama = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    List<Lembar> lembar;
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
        lembar = XlsxBaca.baca(bytes);
      } else {
        String text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        lembar = List.of(CsvBaca.baca(nama, text));
      }
    } catch (CharacterCodingException e) {
      return gagal(Message.of("impor.bukan-utf8", file.toString()));
    } catch (IOException | RuntimeException e) {
      return gagal(
          Message.of("impor.tak-terbaca", file.toString(), String.valueOf(e.getMessage())));
    }
    ImporHasil h =
        Impor.impor(
            nama, lembar, peta, denganTersembunyi, DataYaml.pembaca(Messages.forLanguage(lang)));
    Map<String, String> out = new LinkedHashMap<>();
    for (ImporHasil.Pd pd : h.perangkatDaerah()) {
      out.put(FOLDER + "/" + ImporYaml.namaBerkas(pd), ImporYaml.render(pd, nama, teks));
    }
    List<Masalah> masalah = new ArrayList<>(h.masalah());
    if (!h.pegawai().isEmpty()) {
      out.put(PEGAWAI, ImporYaml.pegawai(h.pegawai(), nama, teks));
    }
    akar(file, nama, h, opsi, out, masalah, teks);
    h = new ImporHasil(h.perangkatDaerah(), masalah, h.daerah(), h.pegawai());
    return new Hasil(h, out, ImporYaml.laporan(h, teks), Optional.empty());
  }

  /** The file the pegawai of a Pegawai sheet go in. */
  public static final String PEGAWAI = "pegawai.yaml";

  /** The root file. */
  public static final String AKAR = "daerah.yaml";

  private static final List<String> WAJIB =
      List.of("jenis", "provinsi", "kode_wilayah", "ibukota", "kepala_daerah", "profil");

  /**
   * The root {@code daerah.yaml}, from the Daerah sheet and the options; a profile file the sheet
   * names ({@code profil_file}, relative to the workbook's folder, as the original root had it) is
   * copied beside it so the imported folder validates on its own.
   */
  private static void akar(
      Path file,
      String nama,
      ImporHasil h,
      Opsi opsi,
      Map<String, String> out,
      List<Masalah> masalah,
      Teks teks) {
    Optional<String> namaDaerah = opsi.daerah().or(() -> h.daerah().map(ImporHasil.Daerah::nama));
    if (namaDaerah.isEmpty() || h.perangkatDaerah().isEmpty()) {
      if (!h.perangkatDaerah().isEmpty()) {
        masalah.add(new Masalah(nama, "", 0, "", false, "akar-tanpa-daerah", List.of()));
      }
      return;
    }
    Map<String, String> data =
        new LinkedHashMap<>(h.daerah().map(ImporHasil.Daerah::data).orElse(Map.of()));
    if (!data.containsKey("jenis")) {
      String n = namaDaerah.get().toLowerCase(java.util.Locale.ROOT);
      if (n.startsWith("kabupaten ")) {
        data.put("jenis", "kabupaten");
      } else if (n.startsWith("kota ")) {
        data.put("jenis", "kota");
      }
    }
    opsi.profil().ifPresent(p -> data.put("profil", ImporYaml.q(p)));
    String profilFile = data.getOrDefault("profil_file", "");
    if (!profilFile.isEmpty() && opsi.profil().isEmpty()) {
      String rel = tanpaKutip(profilFile);
      Path parent = file.toAbsolutePath().getParent();
      Path src = parent == null ? Path.of(rel) : parent.resolve(rel).normalize();
      if (Files.isRegularFile(src)) {
        Path r = Path.of(rel).normalize();
        String target =
            r.isAbsolute() || r.startsWith("..")
                ? "profil/" + src.getFileName()
                : r.toString().replace('\\', '/');
        try {
          out.put(target, Files.readString(src, StandardCharsets.UTF_8));
          data.put("profil_file", ImporYaml.q(target));
          masalah.add(new Masalah(nama, "", 0, "", false, "profil-disalin", List.of(rel, target)));
        } catch (IOException e) {
          masalah.add(new Masalah(nama, "", 0, "", false, "profil-tidak-ada", List.of(rel)));
        }
      } else {
        masalah.add(new Masalah(nama, "", 0, "", false, "profil-tidak-ada", List.of(rel)));
      }
    } else if (opsi.profil().isPresent()) {
      data.remove("profil_file");
    }
    List<String> kurang = WAJIB.stream().filter(k -> !data.containsKey(k)).toList();
    if (!kurang.isEmpty()) {
      masalah.add(
          new Masalah(nama, "", 0, "", false, "akar-kurang", List.of(String.join(", ", kurang))));
    }
    List<String> sertakan = new ArrayList<>();
    sertakan.add(FOLDER + "/");
    if (out.containsKey(PEGAWAI)) {
      sertakan.add(PEGAWAI);
    }
    out.put(AKAR, ImporYaml.akar(namaDaerah.get(), data, sertakan, nama, teks));
  }

  /** A flow scalar as {@link ImporYaml#q} writes it, back to its text. */
  private static String tanpaKutip(String flow) {
    if (flow.length() >= 2 && flow.startsWith("\"") && flow.endsWith("\"")) {
      return flow.substring(1, flow.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return flow;
  }

  /**
   * Reads a mapping file with the project's YAML reader and checks it against {@link
   * PemetaanFormat}; every problem goes to {@code salah}, in file order.
   */
  static Optional<Pemetaan> pemetaan(SourceFile sf, List<Finding> salah) {
    Findings findings = new Findings();
    Obj root;
    try {
      YamlDocument doc = YamlReader.read(sf, YamlLimits.DEFAULTS);
      findings.addAll(doc.findings());
      root =
          doc.root() == null
              ? null
              : new Shape(PemetaanFormat.get(), findings, new SourceMap())
                  .object(doc.root(), PemetaanFormat.FILE, NodePath.ROOT);
    } catch (UnreadableInputException e) {
      findings.add(e.finding());
      root = null;
    }
    // Walk the whole file first (nested objects are checked when read), then report.
    Optional<Obj> k = root == null ? Optional.empty() : root.object("kolom");
    Map<String, String> kolom = new LinkedHashMap<>();
    for (String key : PemetaanFormat.KOLOM_KUNCI) {
      k.flatMap(o -> o.text(key)).ifPresent(v -> kolom.put(key, v));
    }
    Optional<String> lembar = root == null ? Optional.empty() : root.text("lembar");
    int baris = root == null ? 0 : root.integer("baris_judul").orElse(0);
    Optional<String> pd = root == null ? Optional.empty() : root.text("perangkat_daerah");
    salah.addAll(findings.list());
    // Strict: a misspelt key would silently map nothing, so any finding makes the file unusable.
    if (root == null || k.isEmpty() || !findings.list().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Pemetaan(lembar, baris, pd, kolom));
  }

  private static Hasil gagal(Message why) {
    return new Hasil(new ImporHasil(List.of(), List.of()), Map.of(), List.of(), Optional.of(why));
  }
}
