package id.sisker.rule;

/** Where in a run a rule is checked. */
public enum Stage {
  /** Reading files: size, encoding, YAML syntax, hostile input. Problems here are fatal. */
  BERKAS,
  /** Checking the shape of the YAML against the format and resolving references. */
  FORMAT,
  /** Integrity of the data itself: NIP, ids, trees, heads, counts. */
  INTEGRITAS,
  /** The Sistem Kerja regulation of the daerah, as its profile states it. */
  REGULASI
}
