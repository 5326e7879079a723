package id.sisker.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A surat permohonan pelibatan (or a written pengajuan sukarela): who asks whom, with copies to
 * whom, for what, and the answer.
 */
public record Permohonan(
    Optional<String> nomor,
    Optional<LocalDate> tanggal,
    JabatanId dari,
    JabatanId kepada,
    List<JabatanId> tembusan,
    Optional<String> maksudTujuan,
    Optional<String> kompetensi,
    List<String> targetKinerja,
    Optional<String> durasi,
    Optional<Jawaban> jawaban) {

  public Permohonan {
    tembusan = List.copyOf(tembusan);
    targetKinerja = List.copyOf(targetKinerja);
  }
}
