package id.sisker.text;

/** HTML text and attribute escaping shared by every HTML writer (diagrams, letters, recaps). */
public final class Html {

  private Html() {}

  /**
   * {@code s} safe as HTML text or as a quoted attribute value: {@code & < > " '} become character
   * references, everything else is kept, so a name is shown exactly as written.
   */
  public static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (r != null && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (r != null) {
          b.append(r);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }
}
