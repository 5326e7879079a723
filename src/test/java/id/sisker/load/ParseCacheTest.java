package id.sisker.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.model.DataPath;
import id.sisker.model.Jabatan;
import id.sisker.model.Pegawai;
import id.sisker.model.PerangkatDaerah;
import id.sisker.source.NodePath;
import id.sisker.source.SourceFile;
import id.sisker.source.Span;
import id.sisker.yaml.YamlLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two versions of a daerah loaded through one {@link ParseCache} (ADR 80): the files they have in
 * common are parsed once, and each load still says exactly what it says when it parses everything
 * itself, naming its own files.
 */
class ParseCacheTest {

  @TempDir Path dir;

  static final String ROOT =
      Fixtures.HEADER
          + """
          sertakan:
            - perangkat-daerah/
            - pegawai.yaml
            - pegawai-lagi.yaml
            - pegawai-salin.yaml
            - ganda.yaml
          """;

  /** The same in both versions: a misspelt key and an {@code abaikan} entry (lines relied on). */
  static final String DISHUB =
      LoaderTest.DISHUB
          .replace("    kepala: kadis\n", "    kepala: kadis\n    kepla: kadis\n")
          .replace(
              "    jenis: dinas\n",
              "    jenis: dinas\n"
                  + "    abaikan:\n"
                  + "      - {aturan: tidak.ada-aturan, alasan: uji}\n");

  /** Text that appears twice in each version: the second NIP names where the first is. */
  static final String PEGAWAI_LAGI =
      """
      pegawai:
        - nip: "197804062005011009"
          nama: Ahmad Fauzi Lagi
      """;

  /** A duplicate key: its parse finds something, so it is never shared. */
  static final String GANDA =
      """
      pegawai:
        - nip: "198001012005011001"
          nama: Dua Kali
          nama: Dua Kali
      """;

  @BeforeEach
  void versions() {
    for (String v : List.of("lama", "baru")) {
      Fixtures.write(dir, v + "/daerah.yaml", ROOT);
      Fixtures.write(dir, v + "/perangkat-daerah/dishub.yaml", DISHUB);
      Fixtures.write(dir, v + "/pegawai.yaml", LoaderTest.PEGAWAI);
      Fixtures.write(dir, v + "/pegawai-lagi.yaml", PEGAWAI_LAGI);
      Fixtures.write(dir, v + "/pegawai-salin.yaml", PEGAWAI_LAGI);
      Fixtures.write(dir, v + "/ganda.yaml", GANDA);
    }
    Fixtures.write(dir, "lama/perangkat-daerah/bappeda.yaml", LoaderTest.BAPPEDA);
    Fixtures.write(
        dir,
        "baru/perangkat-daerah/bappeda.yaml",
        LoaderTest.BAPPEDA.replace("kelas: 11", "kelas: 12"));
  }

  private LoadResult load(String version, Optional<ParseCache> cache) {
    return new Loader(YamlLimits.DEFAULTS, dir, cache).load(Path.of(version));
  }

  @Test
  void eachVersionSaysWhatItSaysAloneAndNamesItsOwnFiles() {
    LoadResult lamaSendiri = load("lama", Optional.empty());
    LoadResult baruSendiri = load("baru", Optional.empty());
    ParseCache cache = new ParseCache();
    LoadResult lama = load("lama", Optional.of(cache));
    LoadResult baru = load("baru", Optional.of(cache));
    // dishub, pegawai and one of the two pegawai-lagi texts: not ganda (its parse found a
    // duplicate key), not bappeda (changed), not the second copy of a text (once per load).
    assertEquals(3, cache.taken());
    same(lamaSendiri, lama);
    same(baruSendiri, baru);
    assertOwnFiles(baru);
    assertOwnFiles(lama);

    List<String> shown =
        baru.findings().stream()
            .map(f -> f.span().map(Span::position).orElse("-") + " " + f.rule().value())
            .toList();
    assertTrue(
        shown.contains("baru/perangkat-daerah/dishub.yaml:9:5 yaml.kunci-tak-dikenal"),
        shown::toString);
    Messages id = Messages.forLanguage("id");
    List<String> nip =
        baru.findings().stream()
            .filter(f -> f.rule().equals(LoadRules.DUPLICATE_NIP))
            .map(f -> id.format(f.message()))
            .toList();
    assertFalse(nip.isEmpty());
    assertTrue(nip.stream().allMatch(m -> m.contains("baru/pegawai")), nip::toString);
    assertTrue(nip.stream().noneMatch(m -> m.contains("lama/")), nip::toString);
    assertEquals(
        "baru/perangkat-daerah/dishub.yaml",
        baru.suppressions().get(0).span().orElseThrow().file().name());
  }

  /** The two loads at once, as {@code beda} runs them: whoever parses first, the result holds. */
  @Test
  void atTheSameTime() throws Exception {
    LoadResult lamaSendiri = load("lama", Optional.empty());
    LoadResult baruSendiri = load("baru", Optional.empty());
    for (int i = 0; i < 5; i++) {
      ParseCache cache = new ParseCache();
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        Future<LoadResult> lama = pool.submit(() -> load("lama", Optional.of(cache)));
        Future<LoadResult> baru = pool.submit(() -> load("baru", Optional.of(cache)));
        same(lamaSendiri, lama.get());
        same(baruSendiri, baru.get());
        assertOwnFiles(lama.get());
        assertOwnFiles(baru.get());
        assertEquals(3, cache.taken());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** A version compared with itself reads the very same files: nothing to rename. */
  @Test
  void theSameFolderTwice() {
    ParseCache cache = new ParseCache();
    LoadResult a = load("lama", Optional.of(cache));
    LoadResult b = load("lama", Optional.of(cache));
    assertEquals(0, cache.taken());
    same(load("lama", Optional.empty()), a);
    same(a, b);
  }

  /** Findings, files, suppressions, model and every located path are those of a plain load. */
  private static void same(LoadResult expected, LoadResult actual) {
    assertEquals(expected.files(), actual.files());
    assertEquals(expected.findings(), actual.findings());
    assertEquals(expected.suppressions(), actual.suppressions());
    assertEquals(expected.daerah(), actual.daerah());
    for (NodePath p : paths(expected)) {
      assertEquals(expected.sourceMap().find(p), actual.sourceMap().find(p), p.value());
      assertEquals(expected.sourceMap().exact(p), actual.sourceMap().exact(p), p.value());
    }
  }

  private static List<NodePath> paths(LoadResult r) {
    List<NodePath> out = new ArrayList<>();
    r.findings().forEach(f -> out.add(f.path()));
    for (PerangkatDaerah pd : r.daerah().orElseThrow().perangkatDaerah()) {
      out.add(new NodePath(DataPath.perangkatDaerah(pd.id())));
      for (Jabatan j : pd.jabatan()) {
        NodePath p = new NodePath(DataPath.jabatan(j.id()));
        out.add(p);
        out.add(p.key("kelas"));
        out.add(p.key("pemangku"));
      }
    }
    for (Pegawai g : r.daerah().orElseThrow().pegawai()) {
      out.add(new NodePath(DataPath.pegawai(g.nip())).key("nama"));
    }
    return out;
  }

  /** Every position the load gives names one of the files it read itself. */
  private static void assertOwnFiles(LoadResult r) {
    Set<SourceFile> own = Set.copyOf(r.files());
    for (Finding f : r.findings()) {
      f.span().ifPresent(s -> assertTrue(own.contains(s.file()), s::toString));
      f.related().forEach(s -> assertTrue(own.contains(s.file()), s::toString));
    }
    for (NodePath p : paths(r)) {
      r.sourceMap().find(p).ifPresent(s -> assertTrue(own.contains(s.file()), s::toString));
    }
  }
}
