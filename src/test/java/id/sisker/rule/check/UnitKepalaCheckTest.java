package id.sisker.rule.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sisker.model.UnitId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One mistake about a unit head is one finding. */
class UnitKepalaCheckTest {

  private static final UnitId LALIN = UnitId.of(Models.PD, "lalin");

  private static List<String> keys(List<Models.Reported> found) {
    return found.stream().map(r -> r.message().key() + " @ " + r.path()).toList();
  }

  @Test
  void aHeadOfTwoUnitsWithKebutuhanTwoGetsOneFindingPerMistake() {
    List<Models.Reported> found =
        Models.run(
            new UnitKepalaCheck(),
            Models.daerah(
                "kadis",
                List.of(Models.unit("lalin", "kabid"), Models.unit("angkutan", "kabid")),
                List.of(
                    Models.jabatan("kadis", null),
                    Models.jabatan("kabid", "kadis", LALIN, 2, List.of())),
                List.of()));
    assertEquals(
        List.of(
            "unit.kepala.jumlah @ perangkat_daerah[dishub].jabatan[kabid]",
            "unit.kepala.ganda @ perangkat_daerah[dishub].unit[angkutan].kepala"),
        keys(found));
  }

  @Test
  void theHeadOfThePerangkatDaerahNeedsKebutuhanOne() {
    List<Models.Reported> found =
        Models.run(
            new UnitKepalaCheck(),
            Models.daerah(
                "kadis",
                List.of(
                    Models.jabatan("kadis", null, UnitId.root(Models.PD), 0, List.of()),
                    Models.jabatan("staf", "kadis")),
                List.of()));
    assertEquals(
        List.of("unit.kepala.jumlah @ perangkat_daerah[dishub].jabatan[kadis]"), keys(found));
  }
}
