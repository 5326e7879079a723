package id.sisker.rule.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sisker.profile.ModelStruktur;
import id.sisker.profile.ProfileRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A perangkat daerah named as its Lampiran spells it, or with the standard spelling, is listed
 * under the same structure model.
 */
class PerangkatDaerahNameTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "indragiri-hilir|Dinas Pangan, Tanaman Pangan dan Holtikultura, dan Peternakan|model-iv",
        "indragiri-hilir|Dinas Pangan, Tanaman Pangan dan Hortikultura, dan Peternakan|model-iv",
        "indragiri-hilir|DINAS PANGAN, TANAMAN PANGAN DAN HORTIKULTURA DAN PETERNAKAN|model-iv",
        "pekanbaru|Dinas Pemadam Kebakaran|lebih-dua-level",
        "pekanbaru|Dinas Pemadam Kebakaran dan Penyelamatan|lebih-dua-level",
        "lampung-tengah|Dinas Ketahanan Pangan, Tanaman Pangan dan Hortikultura|dua-level",
        "lampung-tengah|Dinas Ketahanan Pangan, Tanaman Pangan dan Holtikultura|dua-level",
        "lampung-tengah|UPTD Technopark Lampung Tengah pada Badan Penelitian dan Pengembangan Daerah"
            + "|uptd-kasubbag-tu",
      })
  void bothSpellingsMatch(String profile, String nama, String model) {
    var p = ProfileRegistry.bundled().find(profile).orElseThrow();
    assertEquals(
        java.util.List.of(model),
        StrukturCheck.listedFor(p, nama, "").stream().map(ModelStruktur::id).toList());
  }
}
