package id.sisker.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.finding.Severity;
import id.sisker.finding.UnreadableInputException;
import id.sisker.model.Daerah;
import id.sisker.model.Jabatan;
import id.sisker.model.JabatanId;
import id.sisker.model.Pegawai;
import id.sisker.model.PerangkatDaerah;
import id.sisker.source.NodePath;
import id.sisker.source.SourceFile;
import id.sisker.source.Span;
import id.sisker.yaml.YamlLimits;
import id.sisker.yaml.YamlReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The loader on its own: where findings point, what it suggests, how it treats duplicates, includes
 * and limits. Runs {@link Loader} directly, so only problems of reading and form appear.
 */
class LoaderTest {

  static final Messages ID = Messages.forLanguage("id");

  @TempDir Path dir;

  LoadResult load(String input) {
    return load(input, YamlLimits.DEFAULTS);
  }

  LoadResult load(String input, YamlLimits limits) {
    return new Loader(limits, dir).load(Path.of(input));
  }

  static String where(Finding f) {
    return f.span().map(Span::position).orElse("-") + " " + f.rule().value();
  }

  static List<String> where(LoadResult r) {
    return r.findings().stream().map(LoaderTest::where).toList();
  }

  static String hint(Finding f) {
    return f.hint().map(ID::format).orElse("");
  }

  static Finding only(LoadResult r) {
    assertEquals(1, r.findings().size(), () -> where(r).toString());
    return r.findings().get(0);
  }

  // ---------------------------------------------------------------------------------------------
  /** A daerah in four files: the root, two perangkat daerah in a folder, the pegawai. */
  static final String ROOT =
      Fixtures.HEADER
          + """
          sertakan:
            - perangkat-daerah/
            - pegawai.yaml
          """;

  static final String DISHUB =
      """
      perangkat_daerah:
        - id: dishub
          nama: Dinas Perhubungan
          jenis: dinas
          # tanpa model struktur (profil dasar)
          kepala: kadis
          jabatan:
            - id: kadis
              nama: Kepala Dinas Perhubungan
              jenis: jpt_pratama
              kelas: 14
              pemangku: ["197804062005011009"]
          unit:
            - id: bidang-lalin
              nama: Bidang Lalu Lintas
              jenis: bidang
              kepala: kabid-lalin
              jabatan:
                - id: kabid-lalin
                  nama: Kepala Bidang Lalu Lintas
                  jenis: administrator
                  kelas: 11
                  atasan: kadis
                  pemangku: ["197905162005011006"]
      """;

  static final String BAPPEDA =
      """
      perangkat_daerah:
        - id: bappeda
          nama: Badan Perencanaan Pembangunan Daerah
          jenis: badan
          # tanpa model struktur (profil dasar)
          kepala: kaban
          jabatan:
            - id: kaban
              nama: Kepala Badan
              jenis: jpt_pratama
              kelas: 14
          unit:
            - id: bidang-ekonomi
              nama: Bidang Ekonomi
              jenis: bidang
              kepala: kabid-ekonomi
              jabatan:
                - id: kabid-ekonomi
                  nama: Kepala Bidang Ekonomi
                  jenis: administrator
                  kelas: 11
                  atasan: kaban
      """;

  static final String PEGAWAI =
      """
      pegawai:
        - nip: "197804062005011009"
          nama: Ahmad Fauzi
          golongan: IV/b
          jenis_kelamin: L
        - nip: "197905162005011006"
          nama: Budi Santoso
          golongan: IV/a
          jenis_kelamin: L
      """;

  void writeDaerah(String dishub, String bappeda, String pegawai) {
    Fixtures.write(dir, "daerah.yaml", ROOT);
    Fixtures.write(dir, "perangkat-daerah/dishub.yaml", dishub);
    Fixtures.write(dir, "perangkat-daerah/bappeda.yaml", bappeda);
    Fixtures.write(dir, "pegawai.yaml", pegawai);
  }

  @Test
  void aDaerahInSeveralFilesLoadsWithoutFindings() {
    writeDaerah(DISHUB, BAPPEDA, PEGAWAI);
    LoadResult r = load(".");
    assertEquals(List.of(), where(r));
    Daerah d = r.daerah().orElseThrow();
    assertEquals(
        List.of("bappeda", "dishub"), d.perangkatDaerah().stream().map(p -> p.id()).toList());
    assertEquals(2, d.pegawai().size());
    assertEquals(
        List.of(
            "daerah.yaml",
            "perangkat-daerah/bappeda.yaml",
            "perangkat-daerah/dishub.yaml",
            "pegawai.yaml"),
        r.files().stream().map(SourceFile::name).toList());
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  class Positions {

    @Test
    void valuesInIncludedFilesKeepTheirFileLineAndColumn() {
      writeDaerah(DISHUB, BAPPEDA, PEGAWAI);
      LoadResult r = load(".");
      assertEquals(
          "perangkat-daerah/dishub.yaml:23:21",
          r.sourceMap()
              .exact(new NodePath("perangkat_daerah[dishub].jabatan[kabid-lalin].atasan"))
              .orElseThrow()
              .position());
      assertEquals(
          "perangkat-daerah/bappeda.yaml:2:9",
          r.sourceMap()
              .exact(new NodePath("perangkat_daerah[bappeda].id"))
              .orElseThrow()
              .position());
      assertEquals(
          "pegawai.yaml:6:10",
          r.sourceMap()
              .exact(new NodePath("pegawai[197905162005011006].nip"))
              .orElseThrow()
              .position());
      assertEquals(
          "daerah.yaml:11:11",
          r.sourceMap().exact(new NodePath("daerah.profil")).orElseThrow().position());
    }

    @Test
    void aKeyIsReportedAtTheKeyAndAValueAtTheValue() {
      writeDaerah(
          DISHUB
              .replace("          atasan: kadis", "          atsan: kadis")
              .replace("jenis: administrator", "jenis: administrtor"),
          BAPPEDA,
          PEGAWAI.replace("golongan: IV/a", "golongan: IV/z"));
      LoadResult r = load(".");
      assertEquals(
          List.of(
              "pegawai.yaml:8:15 yaml.nilai",
              "perangkat-daerah/dishub.yaml:21:20 yaml.nilai",
              "perangkat-daerah/dishub.yaml:23:13 yaml.kunci-tak-dikenal"),
          where(r).stream().sorted().toList());
    }

    @Test
    void positionsAreOneBasedAndCountCharactersNotBytes() throws IOException {
      Fixtures.write(
          dir,
          "daerah.yaml",
          Fixtures.HEADER.replace("Tembilahan", "Tëmbilahan") + "kota_lama: Tëmbilahan\n");
      Finding f = only(load("daerah.yaml"));
      assertEquals("daerah.yaml:12:1 yaml.kunci-tak-dikenal", where(f));
      Fixtures.write(dir, "a.yaml", Fixtures.HEADER + "ciri: \"€€€\" : x\n");
      Finding g = only(load("a.yaml"));
      assertEquals("a.yaml:12:13 yaml.sintaks", where(g));
      // Outside the BMP a character is still one column (two UTF-16 units, four UTF-8 bytes).
      Fixtures.write(dir, "b.yaml", Fixtures.HEADER + "ciri: \"😀😀😀\" : x\n");
      assertEquals("b.yaml:12:13 yaml.sintaks", where(only(load("b.yaml"))));
      Fixtures.write(dir, "c.yaml", Fixtures.HEADER + "ciri: 😀\u0007\n");
      assertEquals("c.yaml:12:8 yaml.sintaks", where(only(load("c.yaml"))));
    }

    @Test
    void aUtf8ByteOrderMarkIsDroppedAndDoesNotShiftColumns() {
      byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
      byte[] text = ("nama_lain: x\n" + Fixtures.HEADER).getBytes(StandardCharsets.UTF_8);
      byte[] all = new byte[bom.length + text.length];
      System.arraycopy(bom, 0, all, 0, 3);
      System.arraycopy(text, 0, all, 3, text.length);
      Fixtures.write(dir, "daerah.yaml", all);
      assertEquals("daerah.yaml:1:1 yaml.kunci-tak-dikenal", where(only(load("daerah.yaml"))));
    }

    @Test
    void fileNamesAreRelativeToTheWorkingFolderWithForwardSlashes() {
      Path sub = dir.resolve("data/daerah-a");
      Fixtures.write(sub, "daerah.yaml", Fixtures.HEADER + "x: 1\n");
      assertEquals(
          "data/daerah-a/daerah.yaml:12:1 yaml.kunci-tak-dikenal",
          where(only(load("data/daerah-a"))));
      // Outside the working folder: as the user typed it, relative with "..".
      LoadResult outside = new Loader(YamlLimits.DEFAULTS, sub.resolve("kosong")).load(sub);
      assertEquals("../daerah.yaml:12:1 yaml.kunci-tak-dikenal", where(only(outside)));
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  class DidYouMean {

    LoadResult with(String dishub) {
      writeDaerah(dishub, BAPPEDA, PEGAWAI);
      return load(".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"atsan", "atasn", "Atasan", "ataasan"})
    void aMisspeltKeySuggestsTheKey(String key) {
      Finding f =
          only(with(DISHUB.replace("          atasan: kadis", "          " + key + ": kadis")));
      assertEquals("yaml.kunci-tak-dikenal", f.rule().value());
      assertEquals("maksud Anda \"atasan\"?", hint(f));
    }

    @Test
    void aKeyLikeNothingListsTheKeysThatExist() {
      Finding f = only(with(DISHUB.replace("          atasan: kadis", "          zzz: kadis")));
      assertTrue(hint(f).startsWith("kunci yang dikenal: id, nama, jenis,"), hint(f));
    }

    @ParameterizedTest
    @ValueSource(strings = {"administrtor", "Administrator", "ADMINISTRATOR", "adminstrator"})
    void aMisspeltChoiceSuggestsTheChoice(String value) {
      Finding f = only(with(DISHUB.replace("jenis: administrator", "jenis: " + value)));
      assertEquals("yaml.nilai", f.rule().value());
      assertEquals("maksud Anda \"administrator\"?", hint(f));
    }

    @Test
    void aChoiceWrittenWithSpacesSuggestsTheUnderscoredOne() {
      Finding f = only(with(DISHUB.replace("jenis: jpt_pratama", "jenis: JPT Pratama")));
      assertEquals("maksud Anda \"jpt_pratama\"?", hint(f));
    }

    @Test
    void aChoiceLikeNothingListsTheChoices() {
      Finding f = only(with(DISHUB.replace("jenis: jpt_pratama", "jenis: eselon")));
      assertEquals(
          "pilihan: jpt_madya, jpt_pratama, administrator, pengawas, fungsional, pelaksana",
          hint(f));
    }

    @Test
    void aMisspeltPositionSuggestsThePositionInTheSamePerangkatDaerah() {
      Finding f = only(with(DISHUB.replace("atasan: kadis", "atasan: kdis")));
      assertEquals("perangkat-daerah/dishub.yaml:23:21 ref.jabatan", where(f));
      assertEquals("maksud Anda \"kadis\"?", hint(f));
    }

    @Test
    void aMisspeltQualifiedPositionSuggestsWithinThatPerangkatDaerah() {
      Finding f = only(with(DISHUB.replace("atasan: kadis", "atasan: bappeda/kabann")));
      assertEquals("maksud Anda \"bappeda/kaban\"?", hint(f));
    }

    @Test
    void aMisspeltPerangkatDaerahSuggestsQualifiedPositions() {
      Finding f = only(with(DISHUB.replace("atasan: kadis", "atasan: bapeda/kaban")));
      assertEquals(
          "jabatan \"bapeda/kaban\" tidak ditemukan: perangkat daerah di depan \"/\" tidak ada",
          ID.format(f.message()));
      assertEquals("maksud Anda \"bappeda/kaban\"?", hint(f));
    }

    @Test
    void aBareIdUniqueInAnotherPerangkatDaerahResolvesThere() {
      writeDaerah(DISHUB.replace("atasan: kadis", "atasan: kaban"), BAPPEDA, PEGAWAI);
      LoadResult r = load(".");
      assertEquals(List.of(), where(r));
      Jabatan kabid = jabatan(r.daerah().orElseThrow(), "dishub", "kabid-lalin");
      assertEquals(Optional.of(new JabatanId("bappeda", "kaban")), kabid.atasan());
    }

    @Test
    void aBareIdInTwoOtherPerangkatDaerahIsAmbiguous() {
      writeDaerah(DISHUB.replace("atasan: kadis", "atasan: kabid-ekonomi"), BAPPEDA, PEGAWAI);
      Fixtures.write(
          dir,
          "perangkat-daerah/dinkes.yaml",
          BAPPEDA.replace("bappeda", "dinkes").replace("kaban", "kadinkes"));
      Finding f = only(load("."));
      assertEquals("ref.jabatan", f.rule().value());
      assertEquals(
          "jabatan \"kabid-ekonomi\" ada di 2 perangkat daerah; rujukan tidak jelas",
          ID.format(f.message()));
      assertEquals("maksud Anda \"bappeda/kabid-ekonomi\", \"dinkes/kabid-ekonomi\"?", hint(f));
    }

    @Test
    void theKepalaDaerahIsAValidSuperiorButNotAValidHead() {
      writeDaerah(
          DISHUB.replace(
              "        pemangku: [\"197804062005011009\"]",
              "        atasan: kepala_daerah\n        pemangku: [\"197804062005011009\"]"),
          BAPPEDA,
          PEGAWAI);
      assertEquals(List.of(), where(load(".")));
      writeDaerah(
          DISHUB.replace("    kepala: kadis", "    kepala: kepala_daerah"), BAPPEDA, PEGAWAI);
      assertEquals(List.of("perangkat-daerah/dishub.yaml:6:13 ref.jabatan"), where(load(".")));
    }

    @Test
    void aMisspeltNipSuggestsTheNip() {
      Finding f = only(with(DISHUB.replace("197905162005011006", "197905162005011007")));
      assertEquals("perangkat-daerah/dishub.yaml:24:24 ref.pegawai", where(f));
      assertTrue(hint(f).startsWith("maksud Anda \"197905162005011006\""), hint(f));
    }

    @Test
    void anNipWrittenWithSpacesOrPrefixFindsItsPegawai() {
      writeDaerah(
          DISHUB.replace("\"197905162005011006\"", "\"NIP. 19790516 200501 1 006\""),
          BAPPEDA,
          PEGAWAI);
      LoadResult r = load(".");
      assertEquals(List.of(), where(r));
      assertEquals(
          List.of("197905162005011006"),
          jabatan(r.daerah().orElseThrow(), "dishub", "kabid-lalin").pemangku());
    }

    @Test
    void aMisspeltUnitSuggestsTheUnit() {
      Fixtures.write(
          dir,
          "tim.yaml",
          """
          tim_kerja:
            - id: tim-a
              nama: Tim A
              jenis_tugas: rutin
              lingkup: lintas_unit
              unit_pemilik_kinerja: dishub/bidang-lalinn
              anggota: ["197905162005011006"]
              cara: penunjukan
          """);
      writeDaerah(DISHUB, BAPPEDA, PEGAWAI);
      Fixtures.write(dir, "daerah.yaml", ROOT + "  - tim.yaml\n");
      Finding f = only(load("."));
      assertEquals("tim.yaml:6:27 ref.unit", where(f));
      assertTrue(hint(f).startsWith("maksud Anda \"dishub/bidang-lalin\""), hint(f));
    }

    @Test
    void aMisspeltOutsidePartySuggestsTheParty() {
      Fixtures.write(
          dir,
          "tim.yaml",
          """
          pihak_luar:
            - id: auditor-bpkp
              nama: Siti Rahma
              instansi: BPKP Perwakilan Provinsi Riau
          tim_kerja:
            - id: tim-a
              nama: Tim A
              jenis_tugas: rutin
              lingkup: lintas_instansi
              unit_pemilik_kinerja: dishub
              anggota: ["197905162005011006", auditor-bpk]
              cara: penunjukan
          """);
      writeDaerah(DISHUB, BAPPEDA, PEGAWAI);
      Fixtures.write(dir, "daerah.yaml", ROOT + "  - tim.yaml\n");
      Finding f = only(load("."));
      assertEquals("tim.yaml:11:37 ref.pihak-luar", where(f));
      assertEquals("maksud Anda \"auditor-bpkp\"?", hint(f));
    }

    @Test
    void aMisspeltRootPathSuggestsWhatIsThere() {
      Fixtures.write(dir, "daerah-inhil/daerah.yaml", Fixtures.HEADER);
      Finding f = only(load("daerah-inhl"));
      assertEquals("daerah-inhl:1:1 masukan.tidak-ada", where(f));
      assertEquals("maksud Anda \"daerah-inhil\"?", hint(f));
      assertTrue(f.fatal());
    }
  }

  static Jabatan jabatan(Daerah d, String pd, String id) {
    for (PerangkatDaerah p : d.perangkatDaerah()) {
      for (Jabatan j : p.jabatan()) {
        if (j.id().equals(new JabatanId(pd, id))) {
          return j;
        }
      }
    }
    throw new AssertionError("no jabatan " + pd + "/" + id);
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  class DuplicateKeys {

    @Test
    void bothLinesAreNamedAndTheFirstValueIsKept() {
      Fixtures.write(
          dir,
          "daerah.yaml",
          Fixtures.HEADER.replace(
              "  nama: Kabupaten Contoh\n", "  nama: Kabupaten Contoh\n  nama: Kota Contoh\n"));
      LoadResult r = load("daerah.yaml");
      Finding f = only(r);
      assertEquals("daerah.yaml:4:3 yaml.kunci-ganda", where(f));
      assertEquals(
          "kunci \"nama\" ditulis dua kali; yang pertama di baris 3 kolom 3",
          ID.format(f.message()));
      assertEquals(List.of("daerah.yaml:3:3"), f.related().stream().map(Span::position).toList());
      assertEquals("Kabupaten Contoh", r.daerah().orElseThrow().nama());
    }

    @Test
    void inAnIncludedFileAndInFlowStyle() {
      writeDaerah(
          DISHUB.replace(
              "    kepala: kadis\n",
              "    kepala: kadis\n    kop: {alamat: Jl. A, alamat: Jl. B}\n"),
          BAPPEDA,
          PEGAWAI.replace("    golongan: IV/b\n", "    golongan: IV/b\n    golongan: IV/c\n"));
      LoadResult r = load(".");
      List<String> w = where(r).stream().sorted().toList();
      assertTrue(w.contains("pegawai.yaml:5:5 yaml.kunci-ganda"), w.toString());
      assertTrue(w.contains("perangkat-daerah/dishub.yaml:7:26 yaml.kunci-ganda"), w.toString());
    }

    @Test
    void theSameKeyInDifferentMappingsIsNoDuplicate() {
      writeDaerah(DISHUB, BAPPEDA, PEGAWAI);
      assertEquals(List.of(), where(load(".")));
    }

    @Test
    void keysThatDifferOnlyInQuotingAreTheSameKey() {
      Fixtures.write(dir, "daerah.yaml", Fixtures.HEADER + "\"sisker\": 1\n");
      assertEquals("daerah.yaml:12:1 yaml.kunci-ganda", where(only(load("daerah.yaml"))));
    }

    @Test
    void duplicateIdsNameTheFirstPlace() {
      writeDaerah(DISHUB, BAPPEDA.replace("id: bappeda", "id: dishub"), PEGAWAI);
      Finding f = only(load("."));
      assertEquals("perangkat-daerah/dishub.yaml:2:9 id.ganda", where(f));
      assertEquals(
          List.of("perangkat-daerah/bappeda.yaml:2:9"),
          f.related().stream().map(Span::position).toList());
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  class Includes {

    @BeforeEach
    void files() {
      Fixtures.write(dir, "perangkat-daerah/dishub.yaml", DISHUB);
      Fixtures.write(dir, "perangkat-daerah/bappeda.yaml", BAPPEDA);
      Fixtures.write(dir, "pegawai.yaml", PEGAWAI);
    }

    LoadResult root(String sertakan) {
      Fixtures.write(dir, "daerah.yaml", Fixtures.HEADER + sertakan);
      return load(".");
    }

    List<String> read(LoadResult r) {
      return r.files().stream().map(SourceFile::name).toList();
    }

    @Test
    void aFolderIncludesEveryYamlFileBelowItSortedAndRecursively() {
      Fixtures.write(dir, "perangkat-daerah/kecamatan/tembilahan.yml", "pegawai: []\n");
      LoadResult r = root("sertakan: [perangkat-daerah, pegawai.yaml]\n");
      assertEquals(List.of(), where(r));
      assertEquals(
          List.of(
              "daerah.yaml",
              "perangkat-daerah/bappeda.yaml",
              "perangkat-daerah/dishub.yaml",
              "perangkat-daerah/kecamatan/tembilahan.yml",
              "pegawai.yaml"),
          read(r));
    }

    @Test
    void aGlobIncludesWhatItMatchesOnly() {
      Fixtures.write(dir, "perangkat-daerah/kecamatan/tembilahan.yaml", "pegawai: []\n");
      LoadResult r = root("sertakan: [\"perangkat-daerah/*.yaml\", \"peg*.yaml\"]\n");
      assertEquals(List.of(), where(r));
      assertEquals(
          List.of(
              "daerah.yaml",
              "perangkat-daerah/bappeda.yaml",
              "perangkat-daerah/dishub.yaml",
              "pegawai.yaml"),
          read(r));
      LoadResult deep = root("sertakan: [\"perangkat-daerah/**\", pegawai.yaml]\n");
      assertEquals(5, read(deep).size(), read(deep).toString());
    }

    @Test
    void singleFilesInTheOrderWrittenEachOnceAndNeverTheRoot() {
      LoadResult r =
          root(
              "sertakan:\n  - pegawai.yaml\n  - perangkat-daerah/dishub.yaml\n  - perangkat-daerah/\n"
                  + "  - daerah.yaml\n  - \"*.yaml\"\n");
      assertEquals(List.of(), where(r));
      assertEquals(
          List.of(
              "daerah.yaml",
              "pegawai.yaml",
              "perangkat-daerah/dishub.yaml",
              "perangkat-daerah/bappeda.yaml"),
          read(r));
    }

    @Test
    void anEntryMatchingNothingIsReportedWithTheClosestName() {
      LoadResult r =
          root(
              "sertakan:\n  - perangkat-daerah/\n  - pegawai.yaml\n  - pegawi.yaml\n  - \"tim/*.yaml\"\n");
      List<Finding> f = r.findings();
      assertEquals(
          List.of("daerah.yaml:15:5 sertakan.tidak-cocok", "daerah.yaml:16:5 sertakan.tidak-cocok"),
          where(r));
      assertEquals("maksud Anda \"pegawai.yaml\"?", hint(f.get(0)));
      assertFalse(hint(f.get(1)).startsWith("maksud"), hint(f.get(1)));
      assertTrue(r.daerah().isPresent(), "the rest still loads");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "../luar.yaml",
          "..",
          "../",
          "perangkat-daerah/../../luar.yaml",
          "/etc/passwd",
          "../*.yaml",
          "..\\\\luar.yaml",
          "perangkat-daerah/../pegawai.yaml"
        })
    void anEntryLeavingTheFolderIsRefused(String entry) {
      Fixtures.write(dir.getParent(), "luar.yaml", "pegawai: []\n");
      LoadResult r = root("sertakan: [\"" + entry + "\"]\n");
      assertEquals(List.of("daerah.yaml:12:12 sertakan.di-luar"), where(r));
      assertEquals(List.of("daerah.yaml"), read(r));
    }

    @Test
    void anIncludedFileMayNotHoldRootKeys() {
      Fixtures.write(dir, "lain.yaml", "sertakan: [pegawai.yaml]\ndaerah:\n  nama: Lain\n");
      LoadResult r = root("sertakan: [lain.yaml]\n");
      assertEquals(
          List.of("lain.yaml:2:1 sertakan.kunci-akar", "lain.yaml:1:1 sertakan.kunci-akar"),
          where(r));
      assertEquals(
          List.of("daerah.yaml", "lain.yaml"), read(r), "sertakan of lain.yaml is not followed");
      assertEquals("Kabupaten Contoh", r.daerah().orElseThrow().nama());
    }

    @Test
    void filesThatAreNotYamlAreIgnoredInFoldersAndRefusedByName() {
      Fixtures.write(dir, "perangkat-daerah/README.md", "# bukan data\n");
      Fixtures.write(dir, "perangkat-daerah/catatan.txt", "tidak: [dibaca\n");
      Fixtures.write(
          dir, "perangkat-daerah/gambar.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
      LoadResult r = root("sertakan: [perangkat-daerah/, pegawai.yaml]\n");
      assertEquals(List.of(), where(r));
      LoadResult named = root("sertakan: [perangkat-daerah/catatan.txt]\n");
      assertEquals(List.of("daerah.yaml:12:12 sertakan.tidak-cocok"), where(named));
    }

    @Test
    void aFolderWithoutSertakanReportsEachYamlFileLeftOutAsInfo() {
      Fixtures.write(dir, "perangkat-daerah/README.md", "# bukan data\n");
      LoadResult r = root("");
      assertEquals(
          List.of(
              "pegawai.yaml:1:1 sertakan.terlewat",
              "perangkat-daerah/bappeda.yaml:1:1 sertakan.terlewat",
              "perangkat-daerah/dishub.yaml:1:1 sertakan.terlewat"),
          where(r));
      assertTrue(r.findings().stream().allMatch(f -> f.severity() == Severity.INFO));
      assertTrue(hint(r.findings().get(0)).contains("pegawai.yaml"), hint(r.findings().get(0)));
    }

    @Test
    void leftOutFilesAreNotReportedForARootFileOrWhenSertakanIsWritten() {
      Fixtures.write(dir, "daerah.yaml", Fixtures.HEADER);
      assertEquals(List.of(), where(load("daerah.yaml")));
      assertEquals(List.of(), where(root("sertakan: [pegawai.yaml]\n")));
    }

    @Test
    void aYmlRootIsFoundWhenThereIsNoYamlOne() {
      Fixtures.write(dir, "daerah.yml", Fixtures.HEADER + "sertakan: [pegawai.yaml]\n");
      LoadResult r = load(".");
      assertEquals(List.of(), where(r));
      assertEquals(List.of("daerah.yml", "pegawai.yaml"), read(r));
    }

    @Test
    void anUnreadableIncludedFileDoesNotStopTheOthers() {
      Fixtures.write(dir, "perangkat-daerah/rusak.yaml", "perangkat_daerah: [\n");
      LoadResult r = root("sertakan: [perangkat-daerah/, pegawai.yaml]\n");
      assertEquals(List.of("perangkat-daerah/rusak.yaml:2:1 yaml.sintaks"), where(r));
      assertTrue(r.unusable(), "a fatal finding makes the run exit 2");
      assertEquals(2, r.daerah().orElseThrow().perangkatDaerah().size());
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  class Limits {

    /** A clean daerah padded with a comment to just over {@code mib} MiB. */
    void bigRoot(String name, double mib) throws IOException {
      try (OutputStream o = Files.newOutputStream(dir.resolve(name))) {
        o.write(Fixtures.CLEAN.getBytes(StandardCharsets.UTF_8));
        byte[] line = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.US_ASCII);
        for (long n = 0; n < (long) (mib * 1024); n++) {
          o.write(line);
        }
      }
    }

    @Test
    void maxFileSizeRaisesAndLowersTheLimit() throws IOException {
      bigRoot("daerah.yaml", 1.5);
      InProcess.Result small = InProcess.validate(dir, "--max-file-size", "1", "daerah.yaml");
      InProcess.assertWellFormed(small);
      assertEquals(2, small.exit(), small.all());
      assertEquals(List.of("berkas.terlalu-besar"), small.rules());
      assertTrue(small.out().contains("--max-file-size 2"), small.all());
      InProcess.Result raised = InProcess.validate(dir, "--max-file-size", "2", "daerah.yaml");
      assertEquals(0, raised.exit(), raised.all());
      assertEquals(0, InProcess.validate(dir, "daerah.yaml").exit());
    }

    @Test
    void maxFileSizeAboveTheDefault() throws IOException {
      bigRoot("daerah.yaml", 33);
      InProcess.Result refused = InProcess.validate(dir, "daerah.yaml");
      assertEquals(List.of("berkas.terlalu-besar"), refused.rules(), refused.all());
      assertTrue(refused.out().contains("--max-file-size 34"), refused.all());
      InProcess.Result raised = InProcess.validate(dir, "--max-file-size", "34", "daerah.yaml");
      assertEquals(0, raised.exit(), raised.all());
      Files.delete(dir.resolve("daerah.yaml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "banyak"})
    void aMaxFileSizeThatIsNoPositiveNumberIsAUsageError(String v) {
      Fixtures.write(dir, "daerah.yaml", Fixtures.CLEAN);
      InProcess.Result r = InProcess.validate(dir, "--max-file-size", v, "daerah.yaml");
      assertEquals(2, r.exit(), r.all());
      assertFalse(r.err().contains("Exception"), r.all());
    }

    @Test
    void aFileExactlyAtTheLimitIsRead() throws IOException {
      Fixtures.write(dir, "daerah.yaml", Fixtures.CLEAN);
      long size = Files.size(dir.resolve("daerah.yaml"));
      YamlLimits exact = YamlLimits.DEFAULTS.withMaxFileBytes(size);
      assertEquals(List.of(), where(load("daerah.yaml", exact)));
      YamlLimits under = YamlLimits.DEFAULTS.withMaxFileBytes(size - 1);
      assertEquals(
          List.of("daerah.yaml:1:1 berkas.terlalu-besar"), where(load("daerah.yaml", under)));
    }

    @Test
    void tooManyFilesIsFatalAndReadsNoMoreThanTheLimit() {
      Fixtures.write(dir, "daerah.yaml", Fixtures.HEADER + "sertakan: [data/]\n");
      for (int i = 0; i < 5; i++) {
        Fixtures.write(dir, "data/f" + i + ".yaml", "pegawai: []\n");
      }
      YamlLimits three = new YamlLimits(YamlLimits.DEFAULT_MAX_FILE_BYTES, 64, 200, 100_000, 3);
      LoadResult r = load(".", three);
      Finding f = only(r);
      // At the entry that went past the limit (it used to point at 1:1).
      assertEquals("daerah.yaml:12:12 sertakan.terlalu-banyak", where(f));
      assertTrue(f.fatal());
      assertEquals(4, r.files().size(), "the root and three included files");
    }

    @Test
    void tooManyFilesAtTheDefaultLimit() throws IOException {
      Fixtures.write(dir, "daerah.yaml", Fixtures.HEADER + "sertakan: [data/]\n");
      Path data = Files.createDirectories(dir.resolve("data"));
      byte[] empty = "pegawai: []\n".getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i <= 10_000; i++) {
        Files.write(data.resolve(String.format("f%05d.yaml", i)), empty);
      }
      InProcess.Result r = InProcess.validate(dir, ".");
      InProcess.assertWellFormed(r);
      assertEquals(2, r.exit(), r.all());
      assertEquals(List.of("sertakan.terlalu-banyak"), r.rules(), r.all());
    }

    @Test
    void depthUpToTheLimitIsReadAndOneMoreIsRefused() {
      // The root mapping is level 1, so 63 nested lists reach 64.
      String ok = Fixtures.HEADER + "x: " + "[".repeat(63) + "]".repeat(63) + "\n";
      Fixtures.write(dir, "daerah.yaml", ok);
      assertEquals(List.of("daerah.yaml:12:1 yaml.kunci-tak-dikenal"), where(load("daerah.yaml")));
      String deep = Fixtures.HEADER + "x: " + "[".repeat(64) + "]".repeat(64) + "\n";
      Fixtures.write(dir, "daerah.yaml", deep);
      assertEquals(List.of("daerah.yaml:12:67 yaml.kedalaman"), where(load("daerah.yaml")));
    }

    @Test
    void aliasesUpToTheLimitAreReadAndOneMoreIsRefused() {
      String ok = Fixtures.HEADER + "x: &a y\nz: [" + "*a, ".repeat(199) + "*a]\n";
      Fixtures.write(dir, "daerah.yaml", ok);
      assertEquals(
          List.of(
              "daerah.yaml:12:1 yaml.kunci-tak-dikenal", "daerah.yaml:13:1 yaml.kunci-tak-dikenal"),
          where(load("daerah.yaml")));
      String over = Fixtures.HEADER + "x: &a y\nz: [" + "*a, ".repeat(200) + "*a]\n";
      Fixtures.write(dir, "daerah.yaml", over);
      assertEquals(List.of("daerah.yaml:13:805 yaml.alias"), where(load("daerah.yaml")));
    }

    @Test
    void aFileDenserThanRealDataIsRefusedAtOneNodePerEightBytesOfTheLimit() {
      // 16 KiB allow 2,048 nodes; the header holds 23 and "x: [...]" two more: 2,023 items fit.
      YamlLimits small = YamlLimits.DEFAULTS.withMaxFileBytes(16 * 1024);
      assertEquals(2048, small.maxNodes());
      Fixtures.write(dir, "daerah.yaml", Fixtures.HEADER + "x: [" + "1,".repeat(2022) + "1]\n");
      assertEquals(
          List.of("daerah.yaml:12:1 yaml.kunci-tak-dikenal"), where(load("daerah.yaml", small)));
      Fixtures.write(dir, "daerah.yaml", Fixtures.HEADER + "x: [" + "1,".repeat(2023) + "1]\n");
      Finding f = only(load("daerah.yaml", small));
      assertEquals("daerah.yaml:12:4051 berkas.terlalu-besar", where(f));
      assertTrue(f.fatal());
      assertEquals(32L * 1024 * 1024 / 8, YamlLimits.DEFAULTS.maxNodes());
    }

    @Test
    void anAliasMayStandForAValueWithinTheLimits() {
      writeDaerah(
          DISHUB.replace("kelas: 14", "kelas: &k 14").replace("kelas: 11", "kelas: *k"),
          BAPPEDA,
          PEGAWAI);
      LoadResult r = load(".");
      assertEquals(List.of(), where(r));
      assertEquals(
          Optional.of(14), jabatan(r.daerah().orElseThrow(), "dishub", "kabid-lalin").kelas());
    }

    @Test
    void aFileThatCannotBeReadIsReportedNotThrown() throws IOException {
      Path folder = Files.createDirectories(dir.resolve("folder.yaml"));
      UnreadableInputException e =
          assertThrows(
              UnreadableInputException.class,
              () -> YamlReader.read(SourceFile.of(folder, dir), YamlLimits.DEFAULTS));
      assertEquals("folder.yaml:1:1 berkas.tidak-terbaca", where(e.finding()));
      assertTrue(e.finding().fatal());
      UnreadableInputException gone =
          assertThrows(
              UnreadableInputException.class,
              () ->
                  YamlReader.read(
                      SourceFile.of(dir.resolve("hilang.yaml"), dir), YamlLimits.DEFAULTS));
      assertEquals("hilang.yaml:1:1 berkas.tidak-terbaca", where(gone.finding()));
      assertEquals("berkas \"hilang.yaml\" tidak ada", ID.format(gone.finding().message()));
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  class Values {

    @Test
    void nipDigitsAreKeptExactlyWhetherQuotedOrNot() {
      writeDaerah(
          DISHUB,
          BAPPEDA,
          PEGAWAI
              .replace("\"197804062005011009\"", "197804062005011009")
              .replace("\"197905162005011006\"", "\"19790516 200501 1 006\""));
      LoadResult r = load(".");
      assertEquals(List.of(), where(r));
      assertEquals(
          List.of("197804062005011009", "197905162005011006"),
          r.daerah().orElseThrow().pegawai().stream().map(Pegawai::nip).toList());
    }

    @Test
    void textThatLooksLikeANumberMustBeQuoted() {
      Fixtures.write(dir, "daerah.yaml", Fixtures.HEADER.replace("nama: HERMAN", "nama: 2024"));
      Finding f = only(load("daerah.yaml"));
      assertEquals("daerah.yaml:9:11 yaml.tipe", where(f));
      assertTrue(hint(f).contains("\"2024\""), hint(f));
    }

    @Test
    void anUnquotedKodeWilayahKeepsItsTrailingZero() {
      Fixtures.write(dir, "daerah.yaml", Fixtures.HEADER.replace("\"14.04\"", "14.10"));
      LoadResult r = load("daerah.yaml");
      assertEquals(List.of(), where(r));
      assertEquals("14.10", r.daerah().orElseThrow().kodeWilayah());
    }

    @Test
    void anUnquotedDateIsTextAndAccepted() {
      writeDaerah(
          DISHUB,
          BAPPEDA,
          PEGAWAI.replace(
              "    golongan: IV/b\n", "    golongan: IV/b\n    tanggal_lahir: 1978-04-06\n"));
      LoadResult r = load(".");
      assertEquals(List.of(), where(r));
      assertEquals(
          "1978-04-06",
          r.daerah().orElseThrow().pegawai().get(0).tanggalLahir().orElseThrow().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"14\"", "14.0", "0x0E", "yes", "[14]"})
    void anIntegerFieldTakesOnlyAPlainInteger(String kelas) {
      // A number that cannot be read is a problem of form (yaml.nilai), not jabatan.kelas.
      writeDaerah(DISHUB.replace("kelas: 14", "kelas: " + kelas), BAPPEDA, PEGAWAI);
      Finding f = only(load("."));
      assertTrue(List.of("yaml.tipe", "yaml.nilai").contains(f.rule().value()), where(f));
      assertEquals("perangkat-daerah/dishub.yaml:11:16", f.span().orElseThrow().position());
    }

    @Test
    void aBooleanFieldTakesTrueOrFalseOnly() {
      writeDaerah(
          DISHUB.replace(
              "jenis: administrator", "jenis: administrator\n            penyetaraan: ya"),
          BAPPEDA,
          PEGAWAI);
      assertEquals(List.of("perangkat-daerah/dishub.yaml:22:26 yaml.tipe"), where(load(".")));
    }

    @Test
    void anEmptyRequiredValueIsReportedWhereItIs() {
      writeDaerah(DISHUB.replace("nama: Kepala Bidang Lalu Lintas", "nama:"), BAPPEDA, PEGAWAI);
      Finding f = only(load("."));
      assertEquals("yaml.wajib", f.rule().value());
      assertEquals("perangkat-daerah/dishub.yaml:20:18", f.span().orElseThrow().position());
    }
  }
}
