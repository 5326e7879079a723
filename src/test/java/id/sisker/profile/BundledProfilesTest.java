package id.sisker.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled profiles are read when first needed (ADR 0074), and reading them all shows no
 * problem: a broken bundled profile is a build error.
 */
class BundledProfilesTest {

  @Test
  void everyBundledProfileReadsCleanly() {
    ProfileRegistry r = ProfileRegistry.bundled();
    for (String id : r.ids()) {
      assertTrue(r.find(id).isPresent(), id);
      assertTrue(r.isBundled(id), id);
    }
    assertEquals(List.of(), r.findings());
    assertEquals(r.ids().size(), new java.util.HashSet<>(r.ids()).size(), "no id twice");
  }

  @Test
  void aProfileIsReadWithWhatItExtendsAndNothingElse() {
    ProfileRegistry r = ProfileRegistry.bundled();
    assertEquals(List.of(), r.read());
    assertEquals(
        List.of(
            "permenpanrb-7-2022", "indragiri-hilir", "pekanbaru", "lampung-tengah", "pulang-pisau"),
        r.ids(),
        "all are known before any is read, in daftar.txt order");
    assertTrue(r.find("indragiri-hilir").isPresent());
    assertEquals(List.of("indragiri-hilir", "permenpanrb-7-2022"), r.read());
    ProfileRegistry copy = r.copy();
    assertTrue(copy.find("pekanbaru").isPresent());
    assertEquals(List.of("indragiri-hilir", "permenpanrb-7-2022"), r.read(), "a copy reads apart");
    assertTrue(copy.read().contains("pekanbaru"));
  }
}
