package id.sisker.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Ids order as their written forms do, without building them. */
class IdsTest {

  @Test
  void jabatanAndUnitIdsOrderAsTheirWrittenForms() {
    Random r = new Random(7);
    String[] parts = {"", "a", "a-b", "ab", "a/", "dinas", "dinas-a", "x0", "x", "kepala_daerah"};
    for (int i = 0; i < 50_000; i++) {
      String p1 = parts[r.nextInt(parts.length)];
      String i1 = parts[1 + r.nextInt(parts.length - 1)];
      String p2 = parts[r.nextInt(parts.length)];
      String i2 = parts[1 + r.nextInt(parts.length - 1)];
      JabatanId a = new JabatanId(p1, i1);
      JabatanId b = new JabatanId(p2, i2);
      assertEquals(
          Integer.signum(a.toString().compareTo(b.toString())),
          Integer.signum(a.compareTo(b)),
          a + " vs " + b);
      if (!p1.isEmpty() && !p2.isEmpty()) {
        UnitId u = r.nextBoolean() ? UnitId.root(p1) : UnitId.of(p1, i1);
        UnitId v = r.nextBoolean() ? UnitId.root(p2) : UnitId.of(p2, i2);
        assertEquals(
            Integer.signum(u.toString().compareTo(v.toString())),
            Integer.signum(u.compareTo(v)),
            u + " vs " + v);
      }
      assertEquals(a.equals(b), a.toString().equals(b.toString()) && p1.equals(p2));
    }
  }
}
