package id.sisker.profile;

import id.sisker.finding.Severity;
import id.sisker.format.Obj;
import id.sisker.model.CaraPenugasan;
import id.sisker.model.JenisInstrumen;
import id.sisker.model.JenisJabatan;
import id.sisker.model.JenisUnit;
import id.sisker.model.Keyed;
import id.sisker.model.Lingkup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Turns a checked (and merged) {@code profil} object into a {@link Profile}. */
final class ProfileMapper {

  private ProfileMapper() {}

  static Profile map(Obj o, List<String> chain) {
    Obj reg = o.object("regulasi").orElse(null);
    Regulasi regulasi =
        reg == null
            ? new Regulasi("", "", Optional.empty(), Optional.empty())
            : new Regulasi(
                reg.textOr("judul", ""),
                reg.textOr("singkatan", ""),
                reg.date("ditetapkan"),
                reg.date("berlaku"));
    Optional<Obj> ttd = o.object("penandatangan");
    Optional<Obj> tgs = o.object("penugasan");
    Optional<Obj> tim = o.object("tim");
    Optional<Obj> lap = o.object("pelaporan");
    Optional<Obj> lbt = o.object("pelibatan");
    return new Profile(
        o.textOr("id", ""),
        o.textOr("nama", ""),
        regulasi,
        o.text("daerah"),
        ttd.flatMap(t -> t.text("kepala_daerah")),
        ttd.flatMap(t -> t.text("sekretaris_daerah")),
        o.objects("model_struktur").stream().map(ProfileMapper::model).toList(),
        kedudukan(o, "kedudukan"),
        o.object("atasan_fungsional").map(ProfileMapper::jenis),
        o.object("penilai_kinerja").map(ProfileMapper::jenis),
        o.object("penetap_kedudukan").map(ProfileMapper::peranan),
        tgs.flatMap(t -> t.object("lingkup")).map(ProfileMapper::cakupan),
        tgs.flatMap(t -> t.object("sukarela")).map(ProfileMapper::cakupan),
        tgs.map(t -> t.objects("penetapan").stream().map(ProfileMapper::penetapan).toList())
            .orElse(List.of()),
        tgs.flatMap(t -> t.object("isi_wajib")).map(ProfileMapper::isi),
        tgs.flatMap(t -> t.object("bukti_tertulis")).map(ProfileMapper::ketentuan),
        tgs.flatMap(t -> t.object("perjanjian_kinerja")).map(ProfileMapper::ketentuan),
        tim.flatMap(t -> t.object("ketua_wajib")).map(ProfileMapper::ketentuan),
        tim.flatMap(t -> t.object("ketua")).map(ProfileMapper::jenis),
        tim.flatMap(t -> t.object("anggota")).map(ProfileMapper::jenis),
        tim.flatMap(t -> t.object("ketua_dari_pemilik"))
            .map(
                p ->
                    new Facts.Pemilik(
                        "perangkat_daerah".equals(p.textOr("tingkat", "unit")), ketentuan(p))),
        tim.flatMap(t -> t.object("penanggung_jawab")).map(ProfileMapper::jenis),
        lap.map(l -> l.objects("individu").stream().map(ProfileMapper::peranan).toList())
            .orElse(List.of()),
        lap.map(l -> l.objects("ketua").stream().map(ProfileMapper::peranan).toList())
            .orElse(List.of()),
        lbt.flatMap(l -> l.object("isi_wajib")).map(ProfileMapper::isi),
        lbt.map(l -> l.objects("alur").stream().map(ProfileMapper::alur).toList())
            .orElse(List.of()),
        lbt.flatMap(l -> l.object("penolakan")).map(ProfileMapper::ketentuan),
        o.objects("aturan").stream().map(ProfileMapper::penyesuaian).toList(),
        chain,
        o.object("surat").map(ProfileMapper::surat).orElse(Facts.Surat.KOSONG));
  }

  private static ModelStruktur model(Obj m) {
    Optional<Facts.Fakta> fakta =
        m.object("fakta")
            .map(
                f ->
                    new Facts.Fakta(
                        keys(f, "kepala", JenisJabatan.class),
                        f.integer("subbagian_sekretariat"),
                        f.integer("seksi_per_bidang"),
                        f.integer("subbagian_per_bagian"),
                        f.objects("subbagian_bagian").stream()
                            .map(
                                x ->
                                    new Facts.SubbagianBagian(
                                        x.textOr("bagian", ""), x.integer("jumlah").orElse(0)))
                            .toList(),
                        f.objects("induk_unit").stream()
                            .map(
                                x ->
                                    new Facts.IndukUnit(
                                        x.textOr("jenis", ""),
                                        new LinkedHashSet<>(texts(x, "induk"))))
                            .toList(),
                        f.bool("tanpa_fungsional").orElse(false),
                        f.bool("pengawas_koordinator").orElse(false),
                        f.text("sitasi").orElse(m.textOr("sitasi", ""))));
    return new ModelStruktur(
        m.textOr("id", ""),
        m.textOr("nama", ""),
        m.textOr("sitasi", ""),
        m.textOr("uraian", ""),
        texts(m, "perangkat_daerah"),
        new LinkedHashSet<>(texts(m, "jenis")),
        fakta,
        kedudukan(m, "kedudukan"));
  }

  private static List<Facts.Kedudukan> kedudukan(Obj o, String key) {
    List<Facts.Kedudukan> out = new ArrayList<>();
    for (Obj k : o.objects(key)) {
      out.add(
          new Facts.Kedudukan(
              new LinkedHashSet<>(texts(k, "untuk")),
              keys(k, "atasan", JenisJabatan.class),
              keys(k, "unit_atasan", JenisUnit.class),
              texts(k, "nama_atasan"),
              k.bool("hanya_tanpa_pengawas").orElse(false),
              ketentuan(k)));
    }
    return out;
  }

  static Ketentuan ketentuan(Obj k) {
    return new Ketentuan(
        k.textOr("sitasi", ""),
        k.text("keparahan").map(ProfileMapper::severity),
        k.text("catatan"),
        texts(k, "bertentangan_dengan"));
  }

  private static Facts.Jenis jenis(Obj k) {
    return new Facts.Jenis(
        keys(k, "jenis", JenisJabatan.class),
        k.bool("fungsional_penyetaraan").orElse(false),
        k.bool("fungsional_kepala_mandiri").orElse(false),
        ketentuan(k));
  }

  private static Facts.Peranan peranan(Obj k) {
    return new Facts.Peranan(List.copyOf(keys(k, "peran", Peran.class)), ketentuan(k));
  }

  private static Facts.Cakupan cakupan(Obj k) {
    return new Facts.Cakupan(keys(k, "lingkup", Lingkup.class), ketentuan(k));
  }

  private static Facts.Isi isi(Obj k) {
    return new Facts.Isi(
        keys(k, "bentuk", Bentuk.class), keys(k, "lingkup", Lingkup.class), ketentuan(k));
  }

  private static Facts.Penetapan penetapan(Obj k) {
    return new Facts.Penetapan(
        keys(k, "bentuk", Bentuk.class),
        keys(k, "lingkup", Lingkup.class),
        keys(k, "cara", CaraPenugasan.class),
        keys(k, "instrumen", JenisInstrumen.class),
        List.copyOf(keys(k, "penetap", Peran.class)),
        ketentuan(k));
  }

  private static Facts.Alur alur(Obj k) {
    return new Facts.Alur(
        keys(k, "lingkup", Lingkup.class),
        keys(k, "cara", CaraPenugasan.class),
        List.copyOf(keys(k, "kepada", Peran.class)),
        List.copyOf(keys(k, "tembusan", Peran.class)),
        ketentuan(k));
  }

  private static Facts.Surat surat(Obj k) {
    List<Facts.Tembusan> tembusan = new ArrayList<>();
    for (Obj t : k.objects("tembusan")) {
      tembusan.add(
          new Facts.Tembusan(
              keys(t, "bentuk", Bentuk.class),
              keys(t, "lingkup", Lingkup.class),
              List.copyOf(keys(t, "kepada", Peran.class)),
              t.text("sitasi")));
    }
    return new Facts.Surat(
        k.text("klasifikasi"),
        k.text("diktum"),
        k.text("ditetapkan_di"),
        k.text("pada_tanggal"),
        tembusan);
  }

  private static Facts.Penyesuaian penyesuaian(Obj k) {
    return new Facts.Penyesuaian(
        k.textOr("aturan", ""),
        k.text("keparahan").map(ProfileMapper::severity),
        k.bool("nonaktif").orElse(false),
        k.text("sitasi"),
        k.text("catatan"));
  }

  private static Severity severity(String s) {
    return Severity.valueOf(s.toUpperCase(Locale.ROOT));
  }

  private static List<String> texts(Obj o, String key) {
    return o.scalars(key).stream().map(Obj.Item::value).toList();
  }

  /**
   * The constants written in list {@code key}, in order, unknown ones (already reported) skipped.
   */
  private static <E extends Enum<E> & Keyed> Set<E> keys(Obj o, String key, Class<E> type) {
    Set<E> out = new LinkedHashSet<>();
    for (Obj.Item it : o.scalars(key)) {
      E e = Keyed.byKey(type, it.value());
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }
}
