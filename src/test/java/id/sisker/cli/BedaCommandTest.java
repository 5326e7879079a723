package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sisker.app.GitRevisi;
import id.sisker.testing.Cli;
import id.sisker.testing.Git;
import id.sisker.testing.Golden;
import id.sisker.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sisker beda} lists exactly what changed, in every format, from folders and from git. */
class BedaCommandTest {

  @TempDir Path tmp;

  private static final String DISHUB = "perangkat-daerah/dishubkan.yaml";

  private Cli.Run run(String... args) {
    return Cli.run(tmp, Map.of(), false, args);
  }

  private static void copy(Path from, Path to) throws IOException {
    Trees.copy(from, to);
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String s = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(s.contains(from), "fixture text not found: " + from);
    Files.writeString(file, s.replace(from, to), StandardCharsets.UTF_8);
  }

  /** The issue's scenario: three jabatan moved and one person transferred. */
  private void scenario() throws IOException {
    copy(Path.of("examples/pulang-pisau"), tmp.resolve("lama"));
    copy(Path.of("examples/pulang-pisau"), tmp.resolve("baru"));
    Path f = tmp.resolve("baru").resolve(DISHUB);
    // 1: another atasan in another unit
    edit(f, "ahli_madya, kelas: 12, atasan: kadis,", "ahli_madya, kelas: 12, atasan: sekretaris,");
    // 2: another unit (the entry moves from Bidang Perikanan Budidaya to Bidang Perikanan Tangkap)
    String line =
        "          - {id: pengolah-data-budidaya, nama: Pengolah Data dan Informasi, jenis:"
            + " pelaksana, kelas: 6, atasan: kabid-budidaya, pemangku: [\"199009292014032001\"]}"
            + "  # Raudah Maulida\n";
    edit(f, line, "");
    edit(
        f,
        "          - {id: pengadm-tangkap,",
        line.replace("kabid-budidaya", "kabid-tangkap") + "          - {id: pengadm-tangkap,");
    // 3: another atasan in the same unit
    edit(
        f,
        "kelas: 7, atasan: kabid-asdp, pemangku: [\"1998",
        "kelas: 7, atasan: kabid-llaj, pemangku: [\"1998");
    // one person transferred from Bidang Perikanan Tangkap to the Sekretariat
    edit(
        f,
        "atasan: kabid-tangkap, pemangku: [\"198404112010031014\"]",
        "atasan: kabid-tangkap, pemangku: []");
    edit(
        f,
        "pemangku: [\"199609262018042006\", \"198610062008031001\"]",
        "pemangku: [\"199609262018042006\", \"198610062008031001\", \"198404112010031014\"]");
  }

  private static List<String> changes(String json, boolean withFindings) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    List<String> out = new ArrayList<>();
    for (JsonNode g : root.get("perangkatDaerah")) {
      for (JsonNode p : g.get("perubahan")) {
        String jenis = p.get("jenis").asText();
        if (withFindings || !jenis.startsWith("temuan.")) {
          out.add(jenis + " " + p.get("subjek").asText());
        }
      }
    }
    return out;
  }

  @Test
  void threeMovedJabatanAndOneTransferAreExactlyWhatIsListed() throws IOException {
    scenario();
    Cli.Run r = run("beda", "lama", "baru", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of(
            "jabatan.pindah dishubkan/anjak-madya",
            "jabatan.pindah dishubkan/penata-layanan-asdp",
            "jabatan.pindah dishubkan/pengolah-data-budidaya",
            "pegawai.pindah 198404112010031014"),
        changes(r.out(), false));
    Golden.assertMatches("beda/skenario.txt", run("beda", "lama", "baru").out());
    Golden.assertMatches(
        "beda/skenario.md", run("beda", "lama", "baru", "--format", "markdown").out());
    Golden.assertMatches("beda/skenario.en.txt", run("beda", "lama", "baru", "--lang", "en").out());
  }

  /**
   * The issue's "done when", literally: an example and a copy with three jabatan moved (to another
   * unit, to another atasan, and to another perangkat daerah) and one person transferred into a
   * jabatan with room; {@code beda} lists those four changes and nothing else — no finding appears
   * or disappears, and the cross-perangkat-daerah move is one move, not a removal and an addition.
   */
  @Test
  void theIssueScenarioListsExactlyItsFourChanges() throws IOException {
    copy(Path.of("examples/pulang-pisau"), tmp.resolve("lama"));
    copy(Path.of("examples/pulang-pisau"), tmp.resolve("baru"));
    Path f = tmp.resolve("baru").resolve(DISHUB);
    String budidaya =
        "          - {id: pengolah-data-budidaya, nama: Pengolah Data dan Informasi, jenis:"
            + " pelaksana, kelas: 6, atasan: kabid-budidaya, pemangku: [\"199009292014032001\"]}"
            + "  # Raudah Maulida\n";
    edit(f, budidaya, "");
    edit(
        f,
        "          - {id: pengadm-tangkap,",
        budidaya.replace("kabid-budidaya", "kabid-tangkap") + "          - {id: pengadm-tangkap,");
    String asdp =
        "          - {id: anjak-muda-asdp, nama: Analis Kebijakan Ahli Muda, jenis: fungsional,"
            + " kategori: keahlian, jenjang: ahli_muda, kelas: 10, atasan: kabid-asdp, pemangku:"
            + " [\"198205162005032001\"]}  # Siska Purwanti, S.T.\n";
    edit(f, asdp, "");
    edit(
        f,
        "          - {id: phpi-terampil,",
        asdp.replace("kabid-asdp", "kabid-budidaya") + "          - {id: phpi-terampil,");
    String arsiparis =
        "          - {id: arsiparis-terampil, nama: Arsiparis Terampil, jenis: fungsional, kategori:"
            + " keterampilan, jenjang: terampil, kelas: 6, atasan: sekretaris, pemangku:"
            + " [\"199711172020071014\"]}";
    edit(f, arsiparis, "");
    edit(
        tmp.resolve("baru/perangkat-daerah/setwan.yaml"),
        "          - {id: pengadm-persidangan,",
        arsiparis.replace("sekretaris", "kabag-persidangan")
            + "\n          - {id: pengadm-persidangan,");
    edit(
        f,
        "atasan: kabid-tangkap, pemangku: [\"198404112010031014\"]",
        "atasan: kabid-tangkap, pemangku: []");
    edit(
        f,
        "pemangku: [\"198708042009012011\", \"199010272015012001\"]",
        "pemangku: [\"198708042009012011\", \"199010272015012001\", \"198404112010031014\"]");

    Cli.Run r = run("beda", "lama", "baru", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of(
            "jabatan.pindah dishubkan/anjak-muda-asdp",
            "jabatan.pindah dishubkan/pengolah-data-budidaya",
            "pegawai.pindah 198404112010031014",
            "jabatan.pindah setwan/arsiparis-terampil"),
        changes(r.out(), true));
    Cli.Run text = run("beda", "lama", "baru", "--gagal-jika-temuan-baru");
    assertEquals(0, text.exit(), text.out());
    assertTrue(
        text.out()
            .contains(
                "unit dishubkan/sekretariat, atasan dishubkan/sekretaris → unit"
                    + " setwan/bagian-persidangan, atasan setwan/kabag-persidangan"),
        text.out());
    assertTrue(text.out().contains("4 perubahan; 0 temuan baru, 0 temuan hilang"), text.out());
  }

  /**
   * Two look-alike jabatan (same id and name in two perangkat daerah) both leaving for two others:
   * which went where is not knowable, so none is paired by chance; each is a removal and an
   * addition.
   */
  @Test
  void lookAlikesAcrossPerangkatDaerahAreNeverPairedByChance() throws IOException {
    copy(Path.of("examples/pulang-pisau"), tmp.resolve("lama"));
    copy(Path.of("examples/pulang-pisau"), tmp.resolve("baru"));
    Path pd = tmp.resolve("baru/perangkat-daerah");
    String dishub =
        "      - {id: anjak-madya, nama: Analis Kebijakan Ahli Madya, jenis: fungsional, kategori:"
            + " keahlian, jenjang: ahli_madya, kelas: 12, atasan: kadis, pemangku:"
            + " [\"197102191997042001\"]}";
    String setwan =
        "      - {id: anjak-madya, nama: Analis Kebijakan Ahli Madya, jenis: fungsional, kategori:"
            + " keahlian, jenjang: ahli_madya, kelas: 12, atasan: sekwan, pemangku:"
            + " [\"197608041999032002\"]}";
    edit(pd.resolve("dishubkan.yaml"), dishub, "");
    edit(pd.resolve("setwan.yaml"), setwan, "");
    edit(
        pd.resolve("bkad.yaml"),
        "      - {id: akpd-madya,",
        dishub.replace("kadis", "kaban") + "\n      - {id: akpd-madya,");
    edit(
        pd.resolve("inspektorat.yaml"),
        "      - {id: auditor-madya,",
        setwan.replace("sekwan", "inspektur") + "\n      - {id: auditor-madya,");
    Cli.Run r = run("beda", "lama", "baru", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    List<String> c = changes(r.out(), false);
    assertTrue(c.contains("jabatan.ditambah bkad/anjak-madya"), c.toString());
    assertTrue(c.contains("jabatan.ditambah inspektorat/anjak-madya"), c.toString());
    assertTrue(c.contains("jabatan.dihapus dishubkan/anjak-madya"), c.toString());
    assertTrue(c.contains("jabatan.dihapus setwan/anjak-madya"), c.toString());
    assertFalse(c.stream().anyMatch(x -> x.startsWith("jabatan.pindah")), c.toString());
  }

  @Test
  void aVersionComparedWithItselfHasNoDifferences() {
    Cli.Run r = Cli.run("beda", "examples/pekanbaru", "examples/pekanbaru");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Tidak ada perbedaan."), r.out());
  }

  @Test
  void renamesKelasKebutuhanUnitsTimAndPenugasanAreNamed() throws IOException {
    copy(Path.of("examples/pulang-pisau"), tmp.resolve("lama"));
    copy(Path.of("examples/pulang-pisau"), tmp.resolve("baru"));
    Path f = tmp.resolve("baru").resolve(DISHUB);
    edit(f, "{id: phpi-muda,", "{id: phpi-ahli-muda,");
    edit(f, "nama: Analis Pasar Hasil Perikanan Ahli Pertama", "nama: Analis Pasar Ahli Pertama");
    edit(
        f,
        "jenjang: terampil, kelas: 6, kebutuhan: 3,",
        "jenjang: terampil, kelas: 7, kebutuhan: 4,");
    edit(f, "nama: Bidang Perikanan Budidaya\n", "nama: Bidang Budidaya Perikanan\n");
    Path tgs = tmp.resolve("baru/penugasan.yaml");
    edit(
        tgs,
        "periode: {mulai: \"2024-04-01\", selesai: \"2024-09-30\"}",
        "periode: {mulai: \"2024-04-01\", selesai: \"2024-06-30\"}");
    Cli.Run r = run("beda", "lama", "baru", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    List<String> c = changes(r.out(), false);
    assertTrue(c.contains("unit.diganti-nama dishubkan/bidang-budidaya"), c.toString());
    assertTrue(c.contains("jabatan.diganti-id dishubkan/phpi-ahli-muda"), c.toString());
    assertTrue(c.contains("jabatan.diganti-nama dishubkan/aphp-pertama"), c.toString());
    assertTrue(c.contains("jabatan.kelas dishubkan/pkb-terampil"), c.toString());
    assertTrue(c.contains("jabatan.kebutuhan dishubkan/pkb-terampil"), c.toString());
    assertTrue(c.contains("penugasan.berakhir tgs-2024-001"), c.toString());
    assertFalse(
        c.stream().anyMatch(x -> x.startsWith("pegawai.")),
        "the holder of a jabatan whose id changed did not move: " + c);
    assertEquals(6, c.size(), c.toString());
  }

  @Test
  void timKerjaEndedChangedAndRemoved() throws IOException {
    copy(Path.of("examples/pulang-pisau"), tmp.resolve("lama"));
    copy(Path.of("examples/pulang-pisau"), tmp.resolve("baru"));
    Path tim = tmp.resolve("baru/tim-kerja.yaml");
    edit(
        tim,
        "periode: {mulai: \"2024-03-04\", selesai: \"2024-12-31\"}",
        "periode: {mulai: \"2024-03-04\", selesai: \"2024-10-31\"}");
    edit(
        tim,
        "nama: Tim Kerja Pengelolaan Jaringan Dokumentasi dan Informasi Hukum",
        "nama: Tim Kerja JDIH");
    Cli.Run r = run("beda", "lama", "baru", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    List<String> c = changes(r.out(), false);
    assertEquals(List.of("tim.berakhir tim-surveilans-p2p", "tim.berubah tim-jdih"), sorted(c));
    assertTrue(r.out().contains("\"ke\" : \"nama\""), r.out());
    Cli.Run back = run("beda", "baru", "lama", "--lang", "en");
    assertTrue(back.out().contains("tim kerja tim-surveilans-p2p now ends 2024-12-31"), back.out());
  }

  private static List<String> sorted(List<String> l) {
    return l.stream().sorted().toList();
  }

  @Test
  void newFindingsFailOnlyWhenAsked() throws IOException {
    scenario();
    assertEquals(0, run("beda", "lama", "baru").exit());
    Cli.Run worse = run("beda", "lama", "baru", "--gagal-jika-temuan-baru");
    assertEquals(1, worse.exit(), worse.out());
    assertTrue(worse.out().contains("jabatan.bezetting"), worse.out());
    Cli.Run better = run("beda", "baru", "lama", "--gagal-jika-temuan-baru", "--format", "json");
    assertEquals(0, better.exit(), "findings that disappear never fail");
    assertTrue(changes(better.out(), true).contains("temuan.hilang jabatan.bezetting"));
  }

  @Test
  void usageMistakesAndUnreadableSides() throws IOException {
    assertEquals(2, Cli.run("beda", "examples/pekanbaru").exit());
    assertEquals(
        2, Cli.run("beda", "examples/pekanbaru", "examples/pekanbaru", "--format", "x").exit());
    Cli.Run missing = Cli.run("beda", "examples/pekanbaru", "examples/tidak-ada");
    assertEquals(2, missing.exit());
    assertFalse(missing.err().contains("Exception"), missing.err());
    Cli.Run git = Cli.run("beda", "--git", "-x", "examples/pekanbaru");
    assertEquals(2, git.exit());
  }

  @Test
  void gitRevisionAgainstTheWorkingTreeAndTheTemporaryCopyIsGone() throws Exception {
    assumeTrue(Git.available(), "git is not installed: --git cannot be tested here");
    Path repo = tmp.resolve("repo");
    copy(Path.of("examples/pulang-pisau"), repo.resolve("pulang-pisau"));
    Git.run(repo, "init", "-q");
    Git.run(repo, "add", ".");
    Git.run(repo, "commit", "-q", "-m", "awal");
    edit(
        repo.resolve("pulang-pisau").resolve(DISHUB),
        "ahli_madya, kelas: 12, atasan: kadis,",
        "ahli_madya, kelas: 12, atasan: sekretaris,");
    Cli.Run r =
        Cli.run(repo, Map.of(), false, "beda", "--git", "HEAD", "pulang-pisau", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("jabatan.pindah dishubkan/anjak-madya"), changes(r.out(), false));
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals("HEAD:pulang-pisau", root.get("lama").asText());
    String lama = root.get("perangkatDaerah").get(0).get("perubahan").get(0).get("lama").asText();
    assertTrue(lama.startsWith("pulang-pisau/perangkat-daerah/dishubkan.yaml:"), lama);

    GitRevisi.Hasil h = GitRevisi.ambil(repo.resolve("pulang-pisau"), "HEAD");
    assertTrue(Files.exists(h.input().resolve("daerah.yaml")));
    GitRevisi.hapus(h.root());
    assertFalse(Files.exists(h.root()), "the old version's folder is deleted");

    Cli.Run bad = Cli.run(repo, Map.of(), false, "beda", "--git", "tidak-ada", "pulang-pisau");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("tidak-ada"), bad.err());
  }
}
