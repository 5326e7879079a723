package id.sisker.format;

import java.util.List;

/**
 * The mapping file of {@code sisker impor --pemetaan}: which sheet, which header row, and which
 * column holds what, for a peta jabatan sheet whose column heads sisker does not recognise.
 */
public final class PemetaanFormat extends Declarations {

  public static final String FILE = "berkas_pemetaan";

  /** A column: its letter ({@code C}, {@code AB}) or its head text as written in the sheet. */
  private static final ScalarSpec KOLOM = ScalarSpec.of(ScalarKind.TEXT);

  /** The keys of {@code kolom}, in the order the docs list them. */
  public static final List<String> KOLOM_KUNCI =
      List.of(
          "nama",
          "jenis",
          "jenjang",
          "kelas",
          "b",
          "k",
          "unit",
          "atasan",
          "nip",
          "id",
          "no",
          "tingkat",
          "perangkat_daerah");

  public static PemetaanFormat get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final PemetaanFormat INSTANCE = new PemetaanFormat();
  }

  private static Doc d(String id, String en) {
    return new Doc(id, en);
  }

  private static FieldSpec kolom(String key, boolean required, String id, String en, String ex) {
    return new FieldSpec(key, KOLOM, required, d(id, en), ex);
  }

  private PemetaanFormat() {
    objects.put(
        FILE,
        new ObjectSpec(
            FILE,
            d(
                "Berkas pemetaan kolom untuk `sisker impor --pemetaan`.",
                "Column mapping file for `sisker impor --pemetaan`."),
            List.of(
                new FieldSpec(
                    "sisker",
                    ScalarSpec.integer(1, 1),
                    false,
                    d("Versi format berkas; saat ini 1.", "Format version; currently 1."),
                    "1"),
                new FieldSpec(
                    "lembar",
                    ScalarSpec.of(ScalarKind.TEXT),
                    false,
                    d(
                        "Nama lembar yang diimpor; tanpa ini semua lembar yang terlihat.",
                        "Name of the sheet to import; without it every visible sheet."),
                    "Peta Jabatan"),
                new FieldSpec(
                    "baris_judul",
                    ScalarSpec.integer(1, 1_000_000),
                    false,
                    d(
                        "Nomor baris judul kolom (seperti di Excel); data mulai di baris berikutnya.",
                        "Row number of the column heads (as Excel shows it); data starts below."),
                    "4"),
                new FieldSpec(
                    "perangkat_daerah",
                    ScalarSpec.of(ScalarKind.TEXT),
                    false,
                    d(
                        "Nama perangkat daerah bila lembar tidak punya kolom perangkat daerah.",
                        "Name of the perangkat daerah when the sheet has no column for it."),
                    "Dinas Perhubungan"),
                new FieldSpec(
                    "kolom",
                    new ObjectRef("kolom"),
                    true,
                    d(
                        "Kolom mana memuat apa: huruf kolom (C, AB) atau judul kolom persis seperti di lembar.",
                        "Which column holds what: the column letter (C, AB) or its head exactly as in the sheet."),
                    null))));
    objects.put(
        "kolom",
        new ObjectSpec(
            "kolom",
            d("Kolom lembar kerja.", "Sheet columns."),
            List.of(
                kolom(
                    "nama",
                    true,
                    "Nama jabatan (dan nama unit pada baris unit).",
                    "Position name (and unit name on unit rows).",
                    "B"),
                kolom(
                    "jenis",
                    false,
                    "Jenis jabatan (JPT Pratama, Administrator, …).",
                    "Kind of position.",
                    "Jenis Jabatan"),
                kolom("jenjang", false, "Jenjang jabatan fungsional.", "Functional level.", "D"),
                kolom("kelas", false, "Kelas jabatan.", "Job class.", "E"),
                kolom(
                    "b",
                    false,
                    "Bezetting (B); tanpa NIP ditulis sebagai `bezetting`.",
                    "Bezetting (B); without NIPs written as `bezetting`.",
                    "F"),
                kolom("k", false, "Kebutuhan.", "Requirement (K).", "G"),
                kolom(
                    "unit",
                    false,
                    "Nama unit jabatan itu.",
                    "The position's unit name.",
                    "Unit Kerja"),
                kolom(
                    "atasan",
                    false,
                    "Atasan langsung: id atau nama jabatan.",
                    "Direct superior: id or position name.",
                    null),
                kolom(
                    "nip",
                    false,
                    "NIP pemangku, beberapa dipisah koma.",
                    "Holders' NIPs, comma separated.",
                    null),
                kolom("id", false, "Id jabatan.", "Position id.", null),
                kolom(
                    "no",
                    false,
                    "Nomor, juga nomor berjenjang (1.1.2).",
                    "Number, also hierarchical (1.1.2).",
                    "A"),
                kolom(
                    "tingkat",
                    false,
                    "Kedalaman dalam hierarki (angka).",
                    "Depth in the hierarchy (number).",
                    null),
                kolom(
                    "perangkat_daerah",
                    false,
                    "Perangkat daerah tiap baris.",
                    "Perangkat daerah of each row.",
                    null))));
  }

  @Override
  public String root() {
    return FILE;
  }

  @Override
  public Doc title() {
    return d("Berkas pemetaan kolom sisker impor", "sisker impor column mapping file");
  }
}
