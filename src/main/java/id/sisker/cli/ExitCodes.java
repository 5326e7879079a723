package id.sisker.cli;

/** What sisker's exit status means; scripts and CI rely on these. */
public final class ExitCodes {

  private ExitCodes() {}

  /** Input read and nothing found at or above {@code --fail-on}. */
  public static final int CLEAN = 0;

  /** Findings at or above {@code --fail-on}. */
  public static final int FINDINGS = 1;

  /** Input that could not be read, or a wrong command line. */
  public static final int UNUSABLE = 2;

  /** A bug in sisker; the message asks to report it. */
  public static final int INTERNAL = 3;

  /**
   * The JVM ran out of memory: the message says how much data was read and how to give Java more
   * ({@code SISKER_OPTS=-Xmx…}). The same number as {@link #INTERNAL}: the run could not finish and
   * no fault in the input was found (docs/performance.md, "Memori").
   */
  public static final int OUT_OF_MEMORY = 3;
}
