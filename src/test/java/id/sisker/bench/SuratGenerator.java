package id.sisker.bench;

import id.sisker.letter.JenisSurat;
import id.sisker.letter.Surat;
import id.sisker.text.Sebutan;
import id.sisker.text.Tanggal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Seeded one-page team letters (surat perintah with a six-row member table), the shape the
 * benchmark of ../shared/docs/measured.md used for POI and poi-tl.
 */
public final class SuratGenerator {

  private static final String[] NAMA = {
    "Ani Lestari",
    "Budi Santoso",
    "Citra Dewi",
    "Dedi Kurniawan",
    "Eka Putri",
    "Fajar Hidayat",
    "Gita Maharani",
    "Hendra Wijaya",
    "Indah Permata",
    "Joko Susilo"
  };

  private SuratGenerator() {}

  public static Surat surat(int i) {
    Random r = new Random(20240301L + i);
    List<Surat.Anggota> rows = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      rows.add(
          new Surat.Anggota(
              (k + 1) + ".",
              NAMA[r.nextInt(NAMA.length)] + ", S.Kom.",
              "NIP. " + Sebutan.nip(nip(r)),
              "Penata Muda Tingkat I (III/b)",
              "Pranata Komputer Ahli Pertama pada Bidang " + (char) ('A' + r.nextInt(26)),
              k == 0 ? "Ketua" : "Anggota"));
    }
    LocalDate a = LocalDate.of(2024, 1 + r.nextInt(6), 1);
    return new Surat(
        String.format("tim-%05d-surat-perintah-tim", i),
        JenisSurat.SURAT_PERINTAH_TIM,
        String.format("tim-%05d", i),
        Optional.empty(),
        new Surat.Kop(
            "PEMERINTAH KABUPATEN CONTOH",
            "DINAS KOMUNIKASI DAN INFORMATIKA",
            "Jalan Merdeka Nomor " + (1 + r.nextInt(99)) + ", Contoh 12345",
            "Pos-el diskominfo@contoh.go.id"),
        "SURAT PERINTAH",
        Optional.empty(),
        "800.1.11.1/" + (100 + i) + "/KOMINFO/2024",
        Optional.empty(),
        List.of(),
        List.of(
            new Surat.Bagian(
                "Dasar",
                List.of(
                    new Surat.Butir(
                        "a.",
                        "Peraturan Bupati Contoh Nomor 1 Tahun 2024 tentang Sistem Kerja.")))),
        Optional.of("MEMERINTAHKAN:"),
        List.of(
            new Surat.Bagian(
                "Kepada", List.of(new Surat.Butir("", "Nama-nama dalam daftar berikut:")))),
        List.of(),
        rows,
        false,
        List.of(
            new Surat.Bagian(
                "Untuk",
                List.of(
                    new Surat.Butir(
                        "1.", "Melaksanakan tugas sebagai Tim Kerja Satu Data " + i + ";"),
                    new Surat.Butir(
                        "2.",
                        "Penugasan dilaksanakan "
                            + Tanggal.rentang(a, a.plusMonths(4).minusDays(1))
                            + ";"),
                    new Surat.Butir(
                        "3.", "Melaksanakan perintah ini dengan penuh tanggung jawab.")))),
        List.of(),
        Optional.of(
            new Surat.Penutup("Ditetapkan di", "Contoh", "pada tanggal", Tanggal.format(a))),
        new Surat.Ttd(
            Optional.empty(),
            "Kepala Dinas Komunikasi dan Informatika,",
            "Dr. Rudi Hartono, M.T.",
            List.of("Pembina Utama Muda (IV/c)", "NIP. 19700101 199503 1 001")),
        List.of("Bupati Contoh", "Sekretaris Daerah Kabupaten Contoh"));
  }

  private static String nip(Random r) {
    return String.format(
        "19%02d%02d%02d20%02d%02d1%03d",
        60 + r.nextInt(35),
        1 + r.nextInt(12),
        1 + r.nextInt(28),
        r.nextInt(20),
        1 + r.nextInt(12),
        1 + r.nextInt(9));
  }
}
