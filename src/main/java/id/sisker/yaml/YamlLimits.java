package id.sisker.yaml;

/**
 * Limits that keep hostile or accidental input from exhausting the machine. Defaults are sized for
 * the largest real daerah with a wide margin (a kabupaten of 10,000 pegawai is about 5 MB of YAML);
 * {@code --max-file-size} raises the file limit. See docs/format.md, "Batas".
 *
 * @param maxFileBytes largest file read, checked before parsing so a 50 MB scalar is refused at
 *     once
 * @param maxDepth deepest nesting of mappings and sequences
 * @param maxAliases most aliases ({@code *name}) in one file
 * @param maxAliasExpansion most nodes that aliases may stand for in one file, so a "billion laughs"
 *     document is refused while it is still small
 * @param maxFiles most files one daerah may include
 */
public record YamlLimits(
    long maxFileBytes, int maxDepth, int maxAliases, long maxAliasExpansion, int maxFiles) {

  public static final long DEFAULT_MAX_FILE_BYTES = 32L * 1024 * 1024;

  public static final YamlLimits DEFAULTS =
      new YamlLimits(DEFAULT_MAX_FILE_BYTES, 64, 200, 100_000, 10_000);

  public YamlLimits {
    if (maxFileBytes < 1
        || maxDepth < 4
        || maxAliases < 0
        || maxAliasExpansion < 0
        || maxFiles < 1) {
      throw new IllegalArgumentException("limits out of range");
    }
  }

  /**
   * Most nodes (scalars, mappings, sequences) one file may hold: one per 8 bytes of the file size
   * limit, so {@code --max-file-size} raises both. Real data takes 12 to 25 bytes a node (15.7 on
   * average in the bundled examples) and never reaches it; a file of one-character values ({@code
   * [1,1,1,…]}) takes 2, and each node costs a few hundred bytes of memory while it is read: 30 MB
   * of it, within the size limit, took over 4 GB and 20 s, or ended in OutOfMemoryError.
   */
  public long maxNodes() {
    return Math.max(1024, maxFileBytes / 8);
  }

  public YamlLimits withMaxFileBytes(long bytes) {
    return new YamlLimits(bytes, maxDepth, maxAliases, maxAliasExpansion, maxFiles);
  }
}
