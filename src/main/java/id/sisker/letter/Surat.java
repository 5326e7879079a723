package id.sisker.letter;

import java.util.List;
import java.util.Optional;

/**
 * What one letter says, decided and formatted, ready for any renderer: every string here is final
 * text (dates, NIP, pangkat already written the Indonesian way) and is data, never template code.
 *
 * @param berkas the file name without extension, made of ids only
 * @param sumber the id of the penugasan or tim kerja the letter is for
 * @param draf the warning every page carries when the letter was drafted despite errors
 * @param alamat the head of a surat dinas (permohonan, jawaban); empty for a surat perintah
 * @param pembuka the opening paragraphs of a surat dinas
 * @param bagian the considerations before the diktum: Dasar, or Menimbang and Mengingat
 * @param sasaran the addressee line before a member table ("Kepada: nama-nama berikut")
 * @param kepada the people a surat perintah is addressed to, one block each
 * @param anggota the members of a team, in a table
 * @param anggotaDiLampiran whether the member table is a lampiran after the signature
 * @param ketentuan what follows the diktum: Untuk, or the KESATU … of a keputusan
 * @param paragraf the body of a surat dinas, paragraph by paragraph
 */
public record Surat(
    String berkas,
    JenisSurat jenis,
    String sumber,
    Optional<String> draf,
    Kop kop,
    String judul,
    Optional<String> tentang,
    String nomor,
    Optional<Alamat> alamat,
    List<String> pembuka,
    List<Bagian> bagian,
    Optional<String> diktum,
    List<Bagian> sasaran,
    List<Orang> kepada,
    List<Anggota> anggota,
    boolean anggotaDiLampiran,
    List<Bagian> ketentuan,
    List<String> paragraf,
    Optional<Penutup> penutup,
    Ttd ttd,
    List<String> tembusan) {

  public Surat {
    pembuka = List.copyOf(pembuka);
    bagian = List.copyOf(bagian);
    sasaran = List.copyOf(sasaran);
    kepada = List.copyOf(kepada);
    anggota = List.copyOf(anggota);
    ketentuan = List.copyOf(ketentuan);
    paragraf = List.copyOf(paragraf);
    tembusan = List.copyOf(tembusan);
  }

  public Surat withDraf(String teks) {
    return new Surat(
        berkas,
        jenis,
        sumber,
        Optional.of(teks),
        kop,
        judul,
        tentang,
        nomor,
        alamat,
        pembuka,
        bagian,
        diktum,
        sasaran,
        kepada,
        anggota,
        anggotaDiLampiran,
        ketentuan,
        paragraf,
        penutup,
        ttd,
        tembusan);
  }

  public Surat withNomor(String n) {
    return new Surat(
        berkas,
        jenis,
        sumber,
        draf,
        kop,
        judul,
        tentang,
        n,
        alamat,
        pembuka,
        bagian,
        diktum,
        sasaran,
        kepada,
        anggota,
        anggotaDiLampiran,
        ketentuan,
        paragraf,
        penutup,
        ttd,
        tembusan);
  }

  /**
   * The letterhead: the government line, the issuing body (or the Kepala Daerah's title), address
   * and contacts (empty when the data has none).
   */
  public record Kop(String pemerintah, String instansi, String alamat, String kontak) {}

  /** The head of a surat dinas: place and date, number block, addressee. */
  public record Alamat(
      String tempatTanggal, String sifat, String lampiran, String hal, String yth, String di) {}

  /** A labelled group of numbered items: "Dasar", "Untuk", "Menimbang", "KESATU". */
  public record Bagian(String label, List<Butir> butir) {
    public Bagian {
      butir = List.copyOf(butir);
    }
  }

  /** One item: its label ("a.", "1.", or empty) and its text. */
  public record Butir(String no, String teks) {}

  /** A person a surat perintah addresses. {@code nipLabel} is "NIP" or "NI PPPK". */
  public record Orang(
      String no, String nama, String nipLabel, String nip, String pangkat, String jabatan) {}

  /** One row of a team table. */
  public record Anggota(
      String no, String nama, String nip, String pangkat, String jabatan, String peran) {}

  /** "Ditetapkan di Gunung Sugih / pada tanggal 1 Maret 2024". */
  public record Penutup(String tempatLabel, String tempat, String tanggalLabel, String tanggal) {}

  /**
   * The signature block (Permendagri 1/2023 Pasal 44).
   *
   * @param an "a.n. KEPALA DINAS KESEHATAN," when signing on behalf of the head
   * @param jabatan the signer's title ending in a comma, with "Plt."/"Plh."/"Pj." when acting
   * @param rincian the lines under the name: pangkat (golongan) and NIP, or nothing
   */
  public record Ttd(Optional<String> an, String jabatan, String nama, List<String> rincian) {
    public Ttd {
      rincian = List.copyOf(rincian);
    }
  }
}
