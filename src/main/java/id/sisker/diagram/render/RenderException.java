package id.sisker.diagram.render;

import java.util.List;

/**
 * Rendering was impossible: no engine for this platform, {@code dot} missing or failing. Carries a
 * message key of the messages bundle and its arguments, so the command line says it in the user's
 * language.
 */
public final class RenderException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient List<Object> args;

  public RenderException(String key, Object... args) {
    super(key + " " + List.of(args));
    this.key = key;
    this.args = List.of(args);
  }

  public String key() {
    return key;
  }

  public List<Object> args() {
    return args;
  }
}
