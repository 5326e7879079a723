package id.sisker.app;

import id.sisker.peta.Impor;
import id.sisker.peta.ImporHasil;
import id.sisker.peta.ImporYaml;
import id.sisker.peta.Lembar;
import id.sisker.peta.Teks;
import id.sisker.peta.csv.CsvBaca;
import id.sisker.peta.xlsx.XlsxBaca;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
   * @param takTerbaca why the file could not be read at all, if it could not
   */
  public record Hasil(
      ImporHasil impor,
      Map<String, String> berkas,
      List<String> laporan,
      Optional<String> takTerbaca) {

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

  public static Hasil impor(Path file, String lang) {
    Teks teks = Teks.of(lang);
    String nama = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    List<Lembar> lembar;
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
        lembar = XlsxBaca.baca(new ByteArrayInputStream(bytes));
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
      return gagal(teks.format("impor.bukan-utf8", file.toString()));
    } catch (IOException | RuntimeException e) {
      return gagal(
          teks.format("impor.tak-terbaca", file.toString(), String.valueOf(e.getMessage())));
    }
    ImporHasil h = Impor.impor(nama, lembar);
    Map<String, String> out = new LinkedHashMap<>();
    for (ImporHasil.Pd pd : h.perangkatDaerah()) {
      out.put(FOLDER + "/" + ImporYaml.namaBerkas(pd), ImporYaml.render(pd, nama, teks));
    }
    return new Hasil(h, out, ImporYaml.laporan(h, teks), Optional.empty());
  }

  private static Hasil gagal(String why) {
    return new Hasil(new ImporHasil(List.of(), List.of()), Map.of(), List.of(), Optional.of(why));
  }
}
