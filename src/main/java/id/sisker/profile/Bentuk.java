package id.sisker.profile;

import id.sisker.model.Keyed;

/** Individual work or work in a tim kerja. */
public enum Bentuk implements Keyed {
  INDIVIDU("individu"),
  TIM("tim");

  private final String key;

  Bentuk(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
