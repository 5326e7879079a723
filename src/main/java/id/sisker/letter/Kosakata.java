package id.sisker.letter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The placeholder vocabulary of letter templates ({@code docs/surat.md}): the fields and the
 * sections (repeated or optional blocks) a template may use, and a letter as a tree of those names.
 * A section is a list: empty means the block is left out, one item shows it once.
 */
public final class Kosakata {

  /** The fields and nested sections known inside one section (or at the top). */
  public record Skema(Set<String> fields, Map<String, Skema> sections) {
    public Skema {
      fields = Set.copyOf(fields);
      sections = Map.copyOf(sections);
    }
  }

  private static final Skema BUTIR = skema(List.of("label", "pemisah", "no", "teks"), Map.of());
  private static final Skema ANGGOTA =
      skema(List.of("no", "nama", "nip", "pangkat", "jabatan", "peran"), Map.of());

  /** The top-level vocabulary. */
  public static final Skema SKEMA =
      skema(
          List.of(
              "kop.pemerintah",
              "kop.instansi",
              "kop.alamat",
              "kop.kontak",
              "judul",
              "nomor",
              "ttd.jabatan",
              "ttd.nama"),
          sections());

  private static Map<String, Skema> sections() {
    Map<String, Skema> m = new LinkedHashMap<>();
    m.put("draf", skema(List.of("teks"), Map.of()));
    m.put("kop_pemerintah", skema(List.of(), Map.of()));
    m.put("kop_kontak", skema(List.of(), Map.of()));
    m.put("judul_surat", skema(List.of(), Map.of()));
    m.put("tentang", skema(List.of("teks"), Map.of()));
    m.put(
        "alamat",
        skema(List.of("tempat_tanggal", "sifat", "lampiran", "hal", "yth", "di"), Map.of()));
    m.put("pembuka", skema(List.of("teks"), Map.of()));
    m.put("bagian", skema(List.of("label", "pemisah"), Map.of("butir", BUTIR)));
    m.put("diktum", skema(List.of("teks"), Map.of()));
    m.put("sasaran", skema(List.of("label", "pemisah"), Map.of("butir", BUTIR)));
    m.put(
        "kepada",
        skema(
            List.of("label", "pemisah", "no", "nama", "nip_label", "nip", "pangkat", "jabatan"),
            Map.of()));
    m.put("tabel_anggota", skema(List.of(), Map.of("anggota", ANGGOTA)));
    m.put("ketentuan", skema(List.of("label", "pemisah"), Map.of("butir", BUTIR)));
    m.put("paragraf", skema(List.of("teks"), Map.of()));
    m.put(
        "penutup", skema(List.of("tempat_label", "tempat", "tanggal_label", "tanggal"), Map.of()));
    m.put("ttd_an", skema(List.of("teks"), Map.of()));
    m.put("ttd_rincian", skema(List.of("teks"), Map.of()));
    m.put("tembusan", skema(List.of(), Map.of("butir", BUTIR)));
    m.put("lampiran", skema(List.of("tentang"), Map.of("anggota", ANGGOTA)));
    return m;
  }

  private static Skema skema(List<String> fields, Map<String, Skema> sections) {
    return new Skema(new LinkedHashSet<>(fields), sections);
  }

  private Kosakata() {}

  /** The letter as a tree of vocabulary names: strings, and lists of such maps for sections. */
  public static Map<String, Object> data(Surat s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kop.pemerintah", s.kop().pemerintah());
    m.put("kop.instansi", s.kop().instansi());
    m.put("kop.alamat", s.kop().alamat());
    m.put("kop.kontak", s.kop().kontak());
    m.put("judul", s.judul());
    m.put("nomor", s.nomor());
    m.put("ttd.jabatan", s.ttd().jabatan());
    m.put("ttd.nama", s.ttd().nama());
    m.put("draf", opt(s.draf().map(t -> Map.of("teks", t))));
    m.put("kop_pemerintah", s.kop().pemerintah().isEmpty() ? List.of() : List.of(Map.of()));
    m.put("kop_kontak", s.kop().kontak().isEmpty() ? List.of() : List.of(Map.of()));
    m.put("judul_surat", s.judul().isEmpty() ? List.of() : List.of(Map.of()));
    m.put("tentang", opt(s.tentang().map(t -> Map.of("teks", t))));
    m.put(
        "alamat",
        opt(
            s.alamat()
                .map(
                    a ->
                        Map.of(
                            "tempat_tanggal", a.tempatTanggal(),
                            "sifat", a.sifat(),
                            "lampiran", a.lampiran(),
                            "hal", a.hal(),
                            "yth", a.yth(),
                            "di", a.di()))));
    m.put("pembuka", teks(s.pembuka()));
    m.put("bagian", bagian(s.bagian()));
    m.put("diktum", opt(s.diktum().map(t -> Map.of("teks", t))));
    m.put("sasaran", bagian(s.sasaran()));
    List<Map<String, Object>> kepada = new ArrayList<>();
    boolean label = s.jenis() != JenisSurat.JAWABAN;
    for (int i = 0; i < s.kepada().size(); i++) {
      Surat.Orang o = s.kepada().get(i);
      Map<String, Object> k = new LinkedHashMap<>();
      k.put("label", label && i == 0 ? "Kepada" : "");
      k.put("pemisah", label && i == 0 ? ":" : "");
      k.put("no", o.no());
      k.put("nama", o.nama());
      k.put("nip_label", o.nipLabel());
      k.put("nip", o.nip());
      k.put("pangkat", o.pangkat());
      k.put("jabatan", o.jabatan());
      kepada.add(k);
    }
    m.put("kepada", kepada);
    List<Map<String, Object>> rows = anggota(s.anggota());
    m.put(
        "tabel_anggota",
        s.anggota().isEmpty() || s.anggotaDiLampiran()
            ? List.of()
            : List.of(Map.of("anggota", rows)));
    m.put("ketentuan", bagian(s.ketentuan()));
    m.put("paragraf", teks(s.paragraf()));
    m.put(
        "penutup",
        opt(
            s.penutup()
                .map(
                    p ->
                        Map.of(
                            "tempat_label", p.tempatLabel(),
                            "tempat", p.tempat(),
                            "tanggal_label", p.tanggalLabel(),
                            "tanggal", p.tanggal()))));
    m.put("ttd_an", opt(s.ttd().an().map(t -> Map.of("teks", t))));
    m.put("ttd_rincian", teks(s.ttd().rincian()));
    List<Surat.Butir> tembusan = new ArrayList<>();
    for (int i = 0; i < s.tembusan().size(); i++) {
      tembusan.add(new Surat.Butir((i + 1) + ".", s.tembusan().get(i)));
    }
    m.put("tembusan", tembusan.isEmpty() ? List.of() : List.of(Map.of("butir", butir(tembusan))));
    m.put(
        "lampiran",
        s.anggotaDiLampiran() && !s.anggota().isEmpty()
            ? List.of(Map.of("tentang", s.tentang().orElse(""), "anggota", rows))
            : List.of());
    return m;
  }

  private static List<Map<String, Object>> opt(Optional<Map<String, Object>> o) {
    return o.map(List::of).orElse(List.of());
  }

  private static List<Map<String, Object>> teks(List<String> l) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String t : l) {
      out.add(Map.of("teks", t));
    }
    return out;
  }

  private static List<Map<String, Object>> bagian(List<Surat.Bagian> l) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Surat.Bagian b : l) {
      List<Map<String, Object>> items = new ArrayList<>();
      for (int i = 0; i < b.butir().size(); i++) {
        Surat.Butir x = b.butir().get(i);
        boolean first = i == 0 && !b.label().isEmpty();
        items.add(
            Map.of(
                "label",
                first ? b.label() : "",
                "pemisah",
                first ? ":" : "",
                "no",
                x.no(),
                "teks",
                x.teks()));
      }
      out.add(
          Map.of("label", b.label(), "pemisah", b.label().isEmpty() ? "" : ":", "butir", items));
    }
    return out;
  }

  private static List<Map<String, Object>> butir(List<Surat.Butir> l) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Surat.Butir b : l) {
      out.add(Map.of("label", "", "pemisah", "", "no", b.no(), "teks", b.teks()));
    }
    return out;
  }

  private static List<Map<String, Object>> anggota(List<Surat.Anggota> l) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Surat.Anggota a : l) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("no", a.no());
      m.put("nama", a.nama());
      m.put("nip", a.nip());
      m.put("pangkat", a.pangkat());
      m.put("jabatan", a.jabatan());
      m.put("peran", a.peran());
      out.add(m);
    }
    return out;
  }
}
