package id.sisker.app;

import id.sisker.text.Suggest;
import java.util.Collection;
import java.util.List;

/** "Did you mean" for the command line, which may not import {@code text} itself. */
public final class Saran {

  private Saran() {}

  /** Up to {@code max} of {@code candidates} close to {@code typed}, closest first. */
  public static List<String> closest(String typed, Collection<String> candidates, int max) {
    return Suggest.closest(typed, candidates, max);
  }
}
