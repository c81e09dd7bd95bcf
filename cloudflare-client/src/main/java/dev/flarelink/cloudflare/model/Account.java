package dev.flarelink.cloudflare.model;

import java.time.Instant;

/**
 * A Cloudflare account.
 *
 * @param type {@code standard} or {@code enterprise}
 */
public record Account(String id, String name, String type, Instant createdOn, Settings settings) {

  /** Account-wide settings. */
  public record Settings(Boolean enforceTwofactor, String abuseContactEmail) {}
}
