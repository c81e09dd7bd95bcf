package dev.flarelink.simulator.state;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The simulator's model of Cloudflare's objects: plain immutable values, replaced on change. */
public final class Entities {

  private Entities() {}

  /** An account. */
  public record Account(
      String id, String name, String type, Instant createdOn, boolean enforceTwoFactor) {}

  /** A Cloudflare user, with an optional Global API Key. */
  public record User(
      String id,
      String firstName,
      String lastName,
      String email,
      boolean twoFactor,
      String globalApiKey) {}

  /**
   * A membership of an account: accepted, pending (an invite, no user yet) or rejected.
   *
   * @param userId {@code null} for invites not accepted
   */
  public record Member(
      String id,
      String accountId,
      String userId,
      String email,
      String status,
      List<String> roleIds,
      List<MemberPolicy> policies,
      Instant invitedOn) {}

  /** A member policy: permission groups over resource groups (the whole account or some zones). */
  public record MemberPolicy(
      String id, String access, List<String> permissionGroupNames, List<String> zoneIds) {}

  /** A legacy role, with its permission areas. */
  public record Role(
      String id, String name, String description, Map<String, boolean[]> permissions) {}

  /**
   * An API token.
   *
   * @param accountId the owning account for account-owned tokens, else {@code null}
   * @param userId the owning user for user-owned tokens, else {@code null}
   * @param status {@code active}, {@code disabled} or {@code expired}
   * @param ipIn allowed CIDRs (empty: any)
   */
  public record Token(
      String id,
      String name,
      String value,
      String accountId,
      String userId,
      String status,
      Instant issuedOn,
      Instant notBefore,
      Instant expiresOn,
      List<TokenPolicy> policies,
      List<String> ipIn,
      List<String> ipNotIn) {

    /** Whether the token is account-owned. */
    public boolean accountOwned() {
      return accountId != null;
    }
  }

  /**
   * A token policy.
   *
   * @param resources resource key to {@code "*"} or to a nested map of resource keys
   */
  public record TokenPolicy(
      String id, String effect, Map<String, Object> resources, List<String> permissionGroupNames) {}

  /** A zone and its settings. */
  public record Zone(
      String id,
      String accountId,
      String name,
      String status,
      boolean paused,
      String type,
      String plan,
      List<String> nameServers,
      long developmentMode,
      Instant createdOn,
      Instant modifiedOn,
      Map<String, String> settings) {

    /** A copy with one setting changed. */
    public Zone withSetting(String id, String value, Instant now) {
      var copy = new LinkedHashMap<>(settings);
      copy.put(id, value);
      return new Zone(
          this.id,
          accountId,
          name,
          status,
          paused,
          type,
          plan,
          nameServers,
          developmentMode,
          createdOn,
          now,
          copy);
    }
  }

  /** A DNS record. */
  public record DnsRecord(
      String id,
      String zoneId,
      String name,
      String type,
      String content,
      Integer priority,
      Map<String, Object> data,
      boolean proxied,
      int ttl,
      String comment,
      List<String> tags,
      Instant createdOn,
      Instant modifiedOn) {

    /** Whether the record's type can be proxied. */
    public boolean proxiable() {
      return isProxiable(type);
    }

    /** Whether records of this type can be proxied: A, AAAA and CNAME. */
    public static boolean isProxiable(String type) {
      return type.equals("A") || type.equals("AAAA") || type.equals("CNAME");
    }
  }

  /** One alert sent. */
  public record Alert(
      String id,
      String accountId,
      String policyId,
      String name,
      String alertType,
      String description,
      String mechanism,
      String mechanismType,
      String zoneId,
      Instant sent) {}

  /** A notification policy. */
  public record AlertPolicy(
      String id,
      String accountId,
      String name,
      String description,
      String alertType,
      boolean enabled,
      List<String> emails,
      Instant created) {}

  /** One audit log entry. */
  public record AuditEntry(
      String id,
      String accountId,
      String actorId,
      String actorEmail,
      String actorIp,
      String actionType,
      String resourceType,
      String resourceId,
      String via,
      Instant when) {}

  /** An IP access rule of an account or zone. */
  public record AccessRule(
      String id,
      String scopeType,
      String scopeId,
      String mode,
      String target,
      String value,
      String notes,
      Instant createdOn,
      Instant modifiedOn) {}

  /** A cache purge that was requested. */
  public record Purge(String id, String zoneId, Map<String, Object> body, Instant at) {}
}
