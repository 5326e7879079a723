package id.sisker.text;

/**
 * Numbers in Indonesian words, the way legal drafting writes quantities: "4 (empat)", "26 (dua
 * puluh enam)", "1.500 (seribu lima ratus)".
 */
public final class Terbilang {

  private static final String[] SATUAN = {
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas"
  };

  private static final String[] SKALA = {"", "ribu", "juta", "miliar", "triliun"};

  private Terbilang() {}

  /** {@code n} in words, lower case: 0 to 999 999 999 999 999. */
  public static String kata(long n) {
    if (n < 0 || n >= 1_000_000_000_000_000L) {
      throw new IllegalArgumentException("out of range: " + n);
    }
    if (n == 0) {
      return SATUAN[0];
    }
    long rest = n;
    int scale = 0;
    String out = "";
    while (rest > 0) {
      int group = (int) (rest % 1000);
      rest /= 1000;
      if (group > 0) {
        String words;
        if (scale == 1 && group == 1) {
          words = "seribu";
        } else {
          words = ratusan(group) + (SKALA[scale].isEmpty() ? "" : " " + SKALA[scale]);
        }
        out = out.isEmpty() ? words : words + " " + out;
      }
      scale++;
    }
    return out;
  }

  /** "4 (empat)": the numeral with its words in parentheses (thousands grouped with dots). */
  public static String bilangan(long n) {
    return angka(n) + " (" + kata(n) + ")";
  }

  /** The numeral with dots between thousands: 1.500. */
  public static String angka(long n) {
    String s = Long.toString(n);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && (s.length() - i) % 3 == 0) {
        b.append('.');
      }
      b.append(s.charAt(i));
    }
    return b.toString();
  }

  private static String ratusan(int n) {
    int ratus = n / 100;
    int sisa = n % 100;
    String head =
        switch (ratus) {
          case 0 -> "";
          case 1 -> "seratus";
          default -> SATUAN[ratus] + " ratus";
        };
    String tail = puluhan(sisa);
    if (head.isEmpty()) {
      return tail;
    }
    return tail.isEmpty() ? head : head + " " + tail;
  }

  private static String puluhan(int n) {
    if (n == 0) {
      return "";
    }
    if (n < 12) {
      return SATUAN[n];
    }
    if (n < 20) {
      return SATUAN[n - 10] + " belas";
    }
    String head = SATUAN[n / 10] + " puluh";
    return n % 10 == 0 ? head : head + " " + SATUAN[n % 10];
  }
}
