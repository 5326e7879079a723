package id.sisker.app;

import id.sisker.finding.Messages;
import id.sisker.model.Daerah;
import id.sisker.peta.DataLengkap;
import id.sisker.peta.Rekap;
import id.sisker.peta.RekapHtml;
import id.sisker.peta.RekapMarkdown;
import id.sisker.peta.RekapTabel;
import id.sisker.peta.RekapTeks;
import id.sisker.peta.Teks;
import id.sisker.peta.csv.CsvRekap;
import id.sisker.peta.xlsx.XlsxRekap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code sisker rekap}: validates a daerah (so B/K findings sit beside their rows and the numbers
 * are the ones {@code validate} counts) and renders its peta jabatan recap.
 */
public final class Rekapitulasi {

  /** The formats of the recap. */
  public enum Format {
    TEXT("text", ""),
    CSV("csv", ".csv"),
    XLSX("xlsx", ".xlsx"),
    MARKDOWN("markdown", ".md"),
    HTML("html", ".html");

    private final String key;
    private final String extension;

    Format(String key, String extension) {
      this.key = key;
      this.extension = extension;
    }

    public String key() {
      return key;
    }

    public boolean binary() {
      return this == XLSX;
    }

    public static Optional<Format> named(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.equals("md")) {
        return Optional.of(MARKDOWN);
      }
      return Arrays.stream(values()).filter(f -> f.key.equals(n)).findFirst();
    }

    /** The format a file name's extension implies ({@code .xlsx}, {@code .csv}, …), if any. */
    public static Optional<Format> ofFile(String file) {
      String f = file.toLowerCase(Locale.ROOT);
      if (f.endsWith(".htm")) {
        return Optional.of(HTML);
      }
      return Arrays.stream(values())
          .filter(x -> !x.extension.isEmpty() && f.endsWith(x.extension))
          .findFirst();
    }

    public static List<String> names() {
      return Arrays.stream(values()).map(Format::key).toList();
    }
  }

  private final Validation validation;

  public Rekapitulasi(Validation validation) {
    this.validation = validation;
  }

  /** The recap of {@code input}, or why it cannot be made. */
  public Hasil rekap(Path input, Optional<String> pd, Optional<String> unit, String lang) {
    return rekap(input, pd, unit, lang, false);
  }

  /**
   * The recap; with {@code lengkap} the XLSX also carries what {@code impor} needs to rebuild the
   * daerah (a "Data sisker" column, Daerah and Pegawai sheets).
   */
  public Hasil rekap(
      Path input, Optional<String> pd, Optional<String> unit, String lang, boolean lengkap) {
    Validation.Outcome o = validation.validate(input);
    Teks teks = Teks.of(lang);
    if (o.unusable() || o.load().daerah().isEmpty()) {
      return new Hasil(o, Optional.empty(), Optional.empty(), teks, lang);
    }
    Daerah d = o.load().daerah().get();
    Optional<String> wrong = Rekap.tidakDikenal(d, pd, unit, teks);
    if (wrong.isPresent()) {
      return new Hasil(o, Optional.empty(), wrong, teks, lang);
    }
    RekapTabel t =
        new Rekap(d, o.findings(), o.load().sourceMap(), Messages.forLanguage(lang), teks)
            .build(pd, unit);
    Hasil h = new Hasil(o, Optional.of(t), Optional.empty(), teks, lang);
    if (lengkap) {
      h.lengkap = Optional.of(DataLembar.dari(o.load()));
    }
    return h;
  }

  /** A recap, ready to be rendered in any format. */
  public static final class Hasil {
    private final Validation.Outcome outcome;
    private final Optional<RekapTabel> tabel;
    private final Optional<String> cakupanSalah;
    private final Teks teks;
    private final String lang;
    private Optional<DataLengkap> lengkap = Optional.empty();

    Hasil(
        Validation.Outcome outcome,
        Optional<RekapTabel> tabel,
        Optional<String> cakupanSalah,
        Teks teks,
        String lang) {
      this.outcome = outcome;
      this.tabel = tabel;
      this.cakupanSalah = cakupanSalah;
      this.teks = teks;
      this.lang = lang;
    }

    /** The validation behind the recap; its findings explain an unusable input. */
    public Validation.Outcome outcome() {
      return outcome;
    }

    /** Whether the daerah could not be read well enough to count its positions. */
    public boolean unusable() {
      return tabel.isEmpty() && cakupanSalah.isEmpty();
    }

    /** Why the --pd or --unit given names nothing, with did-you-mean. */
    public Optional<String> cakupanSalah() {
      return cakupanSalah;
    }

    public int jumlahJabatan() {
      return tabel.map(RekapTabel::jumlahJabatan).orElse(0);
    }

    public long bezetting() {
      return tabel.map(t -> t.total().b()).orElse(0L);
    }

    public long kebutuhan() {
      return tabel.map(t -> t.total().k()).orElse(0L);
    }

    /** A text format's content. */
    public String render(Format f) {
      RekapTabel t = tabel.orElseThrow();
      return switch (f) {
        case TEXT -> RekapTeks.render(t, teks);
        case CSV -> CsvRekap.render(t, teks);
        case MARKDOWN -> RekapMarkdown.render(t, teks);
        case HTML -> RekapHtml.render(t, teks, lang);
        case XLSX -> throw new IllegalArgumentException("xlsx is binary");
      };
    }

    /** Any format's content as a stream writer, for {@link OutputFolder#write(Path, Content)}. */
    public OutputFolder.Content content(Format f) {
      RekapTabel t = tabel.orElseThrow();
      if (f == Format.XLSX) {
        Optional<DataLengkap> l = lengkap;
        return out -> XlsxRekap.write(t, teks, l, out);
      }
      String s = render(f);
      return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Any format's bytes (tests, small recaps). */
    public byte[] bytes(Format f) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      try {
        content(f).writeTo(b);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return b.toByteArray();
    }
  }
}
