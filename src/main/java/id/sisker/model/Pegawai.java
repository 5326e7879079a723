package id.sisker.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A civil servant (PNS) or government employee with a work agreement (PPPK).
 *
 * @param nip the 18-digit NIP, or the NI PPPK for PPPK, without spaces
 * @param pangkat the pangkat as written, if written; for PNS it is otherwise implied by golongan
 */
public record Pegawai(
    String nip,
    StatusPegawai status,
    String nama,
    Optional<String> gelarDepan,
    Optional<String> gelarBelakang,
    Optional<Golongan> golongan,
    Optional<String> pangkat,
    JenisKelamin jenisKelamin,
    Optional<LocalDate> tanggalLahir) {

  /** The name with academic and other titles, as a signature block shows it. */
  public String namaLengkap() {
    StringBuilder b = new StringBuilder();
    gelarDepan.ifPresent(g -> b.append(g).append(' '));
    b.append(nama);
    gelarBelakang.ifPresent(g -> b.append(", ").append(g));
    return b.toString();
  }

  /**
   * The id's hash: equal records have equal ids, and hashing every component (lists included) made
   * each set or map of these cost more than the check that used it.
   */
  @Override
  public int hashCode() {
    return nip.hashCode();
  }
}
