package id.sisker.app;

import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.load.ParseCache;
import id.sisker.peta.Beda;
import id.sisker.peta.BedaHasil;
import id.sisker.peta.BedaMarkdown;
import id.sisker.peta.BedaTeks;
import id.sisker.peta.Perubahan;
import id.sisker.peta.Teks;
import id.sisker.peta.json.BedaJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code sisker beda}: validates two versions of a daerah (side by side, one thread each) and
 * reports what changed between them, with the findings that appeared or disappeared decided as a
 * baseline decides them (rule and data path, counted).
 */
public final class Perbandingan {

  /** The formats of the difference. */
  public enum Format {
    TEXT,
    JSON,
    MARKDOWN;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Format> named(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.equals("md")) {
        return Optional.of(MARKDOWN);
      }
      return Arrays.stream(values()).filter(f -> f.key().equals(n)).findFirst();
    }

    public static List<String> names() {
      return Arrays.stream(values()).map(Format::key).toList();
    }
  }

  /** Makes a validation rooted at a working directory; one per side, as they run at once. */
  private final Function<Path, Validation> validation;

  /** The cache the two versions of one comparison share (ADR 80); empty parses every file. */
  private final Supplier<Optional<ParseCache>> sharing;

  public Perbandingan(Function<Path, Validation> validation) {
    this(validation, () -> Optional.of(new ParseCache()));
  }

  /**
   * {@code sharing} gives each comparison its cache; {@code Optional::empty} parses every file of
   * both versions, as before ADR 80 (the tests compare the two ways byte for byte).
   */
  public Perbandingan(
      Function<Path, Validation> validation, Supplier<Optional<ParseCache>> sharing) {
    this.validation = validation;
    this.sharing = sharing;
  }

  /** Two folders (or root files). */
  public Hasil banding(Path workingDir, Path lama, Path baru, String lang) {
    return banding(lama.toString(), workingDir, lama, baru.toString(), workingDir, baru, lang);
  }

  /**
   * {@code path} as it was at git revision {@code rev} against {@code path} now. The old version
   * lives in a temporary folder only while it is read.
   */
  public Hasil bandingGit(Path workingDir, String rev, Path path, String lang)
      throws GitRevisi.Gagal, java.io.IOException {
    GitRevisi.Hasil old = GitRevisi.ambil(workingDir.resolve(path), rev);
    try {
      String shownPath = old.root().relativize(old.input()).toString().replace('\\', '/');
      return banding(
          rev + ":" + (shownPath.isEmpty() ? "." : shownPath),
          old.root(),
          old.input(),
          path.toString(),
          workingDir,
          path,
          lang);
    } finally {
      GitRevisi.hapus(old.root());
    }
  }

  private Hasil banding(
      String namaLama,
      Path dirLama,
      Path lama,
      String namaBaru,
      Path dirBaru,
      Path baru,
      String lang) {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Validation.Outcome o;
    Validation.Outcome n;
    // A file the two versions have in common is read twice but parsed once (ADR 80).
    Optional<ParseCache> shared = sharing.get();
    try {
      Future<Validation.Outcome> fo =
          pool.submit(() -> validation.apply(dirLama).withParseCache(shared).validate(lama));
      Future<Validation.Outcome> fn =
          pool.submit(() -> validation.apply(dirBaru).withParseCache(shared).validate(baru));
      o = fo.get();
      n = fn.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    Teks teks = Teks.of(lang);
    if (o.unusable()
        || n.unusable()
        || o.load().daerah().isEmpty()
        || n.load().daerah().isEmpty()) {
      return new Hasil(o, n, Optional.empty(), teks);
    }
    List<Finding> appeared = unmatched(Baseline.of(o.findings()).apply(n.findings()));
    List<Finding> gone = unmatched(Baseline.of(n.findings()).apply(o.findings()));
    BedaHasil h =
        new Beda(teks, Messages.forLanguage(lang))
            .banding(
                new Beda.Versi(namaLama, o.load().daerah().get(), o.load().sourceMap()),
                new Beda.Versi(namaBaru, n.load().daerah().get(), n.load().sourceMap()),
                appeared,
                gone);
    return new Hasil(o, n, Optional.of(h), teks);
  }

  /** Findings the other side's baseline did not know (and that nothing else suppresses). */
  private static List<Finding> unmatched(List<Finding> applied) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : applied) {
      if (!f.isSuppressed() && !f.fatal()) {
        out.add(f);
      }
    }
    return out;
  }

  /** The difference, or the outcomes that explain why there is none. */
  public static final class Hasil {
    private final Validation.Outcome lama;
    private final Validation.Outcome baru;
    private final Optional<BedaHasil> beda;
    private final Teks teks;

    Hasil(Validation.Outcome lama, Validation.Outcome baru, Optional<BedaHasil> beda, Teks teks) {
      this.lama = lama;
      this.baru = baru;
      this.beda = beda;
      this.teks = teks;
    }

    public boolean unusable() {
      return beda.isEmpty();
    }

    /** Both validations, old first: their findings explain an unusable side. */
    public List<Validation.Outcome> outcomes() {
      return List.of(lama, baru);
    }

    public int jumlahPerubahan() {
      return beda.map(b -> b.jumlah() - (int) temuanBaru() - (int) temuanHilang()).orElse(0);
    }

    public long temuanBaru() {
      return beda.map(b -> b.jumlah(Perubahan.Jenis.TEMUAN_BARU)).orElse(0L);
    }

    public long temuanHilang() {
      return beda.map(b -> b.jumlah(Perubahan.Jenis.TEMUAN_HILANG)).orElse(0L);
    }

    public String render(Format f) {
      BedaHasil b = beda.orElseThrow();
      return switch (f) {
        case TEXT -> BedaTeks.render(b, teks);
        case JSON -> BedaJson.render(b);
        case MARKDOWN -> BedaMarkdown.render(b, teks);
      };
    }
  }
}
