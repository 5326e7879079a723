package id.sisker.rule.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sisker.finding.Message;
import id.sisker.model.JenisKelamin;
import id.sisker.model.StatusPegawai;
import id.sisker.model.UnitId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pegawai holds at most one position; a NIP written twice in one list is one position. */
class JabatanGandaCheckTest {

  private static final String NIP = "197804062005011009";

  private static List<Models.Reported> run(List<String> kadis, List<String> staf) {
    return Models.run(
        new JabatanGandaCheck(),
        Models.daerah(
            "kadis",
            List.of(
                Models.jabatan("kadis", null, UnitId.root(Models.PD), 1, kadis),
                Models.jabatan("staf", "kadis", UnitId.root(Models.PD), 2, staf)),
            List.of(Models.pegawai(NIP, StatusPegawai.PNS, JenisKelamin.L, null))));
  }

  @Test
  void twoPositionsAreReported() {
    List<Models.Reported> found = run(List.of(NIP), List.of(NIP));
    assertEquals(1, found.size());
    assertEquals(
        Message.of("pegawai.jabatan-ganda", NIP, "dishub/kadis, dishub/staf"),
        found.get(0).message());
    assertEquals(Paths.jabatan(Models.id("staf")).key("pemangku"), found.get(0).path());
  }

  @Test
  void theSameNipTwiceInOnePositionIsNotTwoPositions() {
    assertEquals(List.of(), run(List.of(), List.of(NIP, NIP)));
  }
}
