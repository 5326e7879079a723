package id.sisker.diagram;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The views of one loaded daerah. */
public enum View {
  STRUKTUR("struktur"),
  KEDUDUKAN("kedudukan"),
  TIM("tim"),
  PENUGASAN("penugasan"),
  PELAPORAN("pelaporan");

  private final String key;

  View(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<View> of(String key) {
    return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(View::key).toList();
  }
}
