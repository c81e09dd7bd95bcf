package dev.flarelink.simulator.state;

/**
 * A credential the simulator hands out for tests and demos.
 *
 * @param kind {@code account_token}, {@code user_token} or {@code global_api_key}
 * @param secret the token, or the Global API Key
 * @param email the key's email, for Global API Keys
 * @param purpose what the credential is for, in a sentence
 */
public record NamedCredential(
    String name, String kind, String secret, String email, String purpose) {

  @Override
  public String toString() {
    return "NamedCredential[" + name + ", " + kind + "]";
  }
}
