package id.sisker.profile;

import java.util.List;
import java.util.Optional;

/**
 * A resolved profile: its own values with those of the profiles it extends filled in. Every fact is
 * optional: a regulation that says nothing on a matter leaves it unchecked.
 *
 * @param chain the ids from this profile up to the base, this one first
 */
public record Profile(
    String id,
    String nama,
    Regulasi regulasi,
    Optional<String> daerah,
    Optional<String> sebutanKepalaDaerah,
    Optional<String> sebutanSekretarisDaerah,
    List<ModelStruktur> modelStruktur,
    List<Facts.Kedudukan> kedudukan,
    Optional<Facts.Jenis> atasanFungsional,
    Optional<Facts.Jenis> penilaiKinerja,
    Optional<Facts.Peranan> penetapKedudukan,
    Optional<Facts.Cakupan> lingkupPenugasan,
    Optional<Facts.Cakupan> sukarela,
    List<Facts.Penetapan> penetapan,
    Optional<Facts.Isi> isiSuratPerintah,
    Optional<Ketentuan> buktiTertulis,
    Optional<Ketentuan> perjanjianKinerja,
    Optional<Ketentuan> ketuaWajib,
    Optional<Facts.Jenis> ketua,
    Optional<Facts.Jenis> anggota,
    Optional<Facts.Pemilik> ketuaDariPemilik,
    Optional<Facts.Jenis> penanggungJawab,
    List<Facts.Peranan> pelaporanIndividu,
    List<Facts.Peranan> pelaporanKetua,
    Optional<Facts.Isi> isiPermohonan,
    List<Facts.Alur> alur,
    Optional<Ketentuan> penolakan,
    List<Facts.Penyesuaian> aturan,
    List<String> chain,
    Facts.Surat surat) {

  public Profile {
    modelStruktur = List.copyOf(modelStruktur);
    kedudukan = List.copyOf(kedudukan);
    penetapan = List.copyOf(penetapan);
    pelaporanIndividu = List.copyOf(pelaporanIndividu);
    pelaporanKetua = List.copyOf(pelaporanKetua);
    alur = List.copyOf(alur);
    aturan = List.copyOf(aturan);
    chain = List.copyOf(chain);
  }

  public Optional<ModelStruktur> model(String id) {
    return modelStruktur.stream().filter(m -> m.id().equals(id)).findFirst();
  }
}
