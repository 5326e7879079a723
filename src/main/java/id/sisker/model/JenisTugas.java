package id.sisker.model;

/** Routine work over a fiscal year, or incidental work with its own period. */
public enum JenisTugas implements Keyed {
  RUTIN("rutin"),
  INSIDENTAL("insidental");

  private final String key;

  JenisTugas(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
