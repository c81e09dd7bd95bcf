package dev.flarelink.core.access;

/** A key just made: the only time its value is known. Its {@code toString()} leaves it out. */
public record NewKey(ApiKey key, String value) {
  @Override
  public String toString() {
    return "NewKey[" + key + "]";
  }
}
