package id.sisker.model;

/**
 * Where an assignment reaches: inside the unit, across units, across perangkat daerah, across
 * instansi.
 */
public enum Lingkup implements Keyed {
  DALAM_UNIT("dalam_unit"),
  LINTAS_UNIT("lintas_unit"),
  LINTAS_PERANGKAT_DAERAH("lintas_perangkat_daerah"),
  LINTAS_INSTANSI("lintas_instansi");

  private final String key;

  /** Whether {@code inner} is {@code outer} or lies below it. */
  static boolean within(
      UnitId inner,
      UnitId outer,
      java.util.function.Function<UnitId, java.util.Optional<UnitId>> induk) {
    java.util.Set<UnitId> seen = new java.util.HashSet<>();
    java.util.Optional<UnitId> u = java.util.Optional.of(inner);
    while (u.isPresent() && seen.add(u.get())) {
      if (u.get().equals(outer)) {
        return true;
      }
      u = induk.apply(u.get());
    }
    return false;
  }

  Lingkup(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
