package id.sisker.finding;

/**
 * Thrown where input cannot be read at all (hostile, binary, malformed YAML); carries the fatal
 * finding that explains why. Callers catch it at the file boundary and go on with other files.
 */
public final class UnreadableInputException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Finding finding;

  public UnreadableInputException(Finding finding) {
    super(finding.message().key(), null, false, false);
    this.finding = finding;
  }

  public Finding finding() {
    return finding;
  }
}
