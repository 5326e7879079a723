package id.sisker.rule;

/**
 * Where a consequence must lie, relative to its cause, to follow from it (see {@link Penyebab}).
 */
public enum Cakupan {
  /**
   * The same place: the same data path (the same wrong {@code atasan}), or one of the places the
   * cause names as belonging to it (the other members of a cycle, the other positions under one
   * superior).
   */
  TEMPAT,
  /**
   * The same entity: a path within the cause's top-level entity (the same perangkat daerah, team or
   * assignment), e.g. a team's scope after a reference in it could not be resolved.
   */
  ENTITAS,
  /**
   * The positions the cause's unit or position leads: the unit's positions, its head and those
   * under the head; or the position and those under it.
   */
  BAWAHAN,
  /** Anywhere, when the cause lies in a profile file the daerah's data is checked against. */
  PROFIL
}
