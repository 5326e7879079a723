package id.sisker.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A unit's address: its perangkat daerah and, for units below the top, the unit's own id. The top
 * unit of a perangkat daerah (led by its kepala) is addressed by the perangkat daerah's id alone.
 * Written {@code pd} or {@code pd/unit}.
 */
public record UnitId(String pd, Optional<String> unit) implements Comparable<UnitId> {

  public UnitId {
    Objects.requireNonNull(pd, "pd");
    Objects.requireNonNull(unit, "unit");
  }

  public static UnitId root(String pd) {
    return new UnitId(pd, Optional.empty());
  }

  public static UnitId of(String pd, String unit) {
    return new UnitId(pd, Optional.of(unit));
  }

  // Written out, as in JabatanId: a hash key in every index.
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof UnitId u && pd.equals(u.pd) && unit.equals(u.unit);
  }

  @Override
  public int hashCode() {
    return Ids.hash(pd.hashCode(), unit.hashCode());
  }

  public boolean isRoot() {
    return unit.isEmpty();
  }

  @Override
  public int compareTo(UnitId o) {
    // The order of the written form "pd/unit", without building it for the common case.
    if (unit.isEmpty() || o.unit.isEmpty()) {
      return toString().compareTo(o.toString());
    }
    return Ids.compare(pd, unit.get(), o.pd, o.unit.get());
  }

  @Override
  public String toString() {
    return unit.map(u -> pd + "/" + u).orElse(pd);
  }
}
