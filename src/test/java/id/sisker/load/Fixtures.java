package id.sisker.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small valid daerah documents to start tests from, and a way to put them on disk. */
final class Fixtures {

  private Fixtures() {}

  /** The {@code sisker} and {@code daerah} keys of a root file (12 lines). */
  static final String HEADER =
      """
      sisker: 1
      daerah:
        nama: Kabupaten Contoh
        jenis: kabupaten
        provinsi: Riau
        kode_wilayah: "14.04"
        ibukota: Tembilahan
        kepala_daerah:
          nama: HERMAN
          status: pj
        profil: permenpanrb-7-2022
      """;

  /** One dinas, one bidang, three pegawai; validates clean. Line numbers are relied on. */
  static final String CLEAN =
      HEADER
          + """
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
                    - id: pkb-muda
                      nama: Penguji Kendaraan Bermotor Ahli Muda
                      jenis: fungsional
                      kategori: keahlian
                      jenjang: ahli_muda
                      kelas: 9
                      kebutuhan: 2
                      atasan: kabid-lalin
                      pemangku: ["198803122012122001"]
          pegawai:
            - nip: "197804062005011009"
              nama: Ahmad Fauzi
              gelar_belakang: S.T., M.T.
              golongan: IV/b
              jenis_kelamin: L
            - nip: "19790516 200501 1 006"
              nama: Budi Santoso
              gelar_depan: Ir.
              golongan: IV/a
              pangkat: Pembina
              jenis_kelamin: L
            - nip: "198803122012122001"
              nama: Citra Lestari
              gelar_belakang: S.Si.T.
              golongan: III/c
              jenis_kelamin: P
          """;

  static Path write(Path dir, String name, String text) {
    return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] bytes) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
