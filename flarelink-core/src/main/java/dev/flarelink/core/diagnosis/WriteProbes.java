package dev.flarelink.core.diagnosis;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.error.InvalidRequestException;
import dev.flarelink.cloudflare.error.NotFoundException;
import dev.flarelink.cloudflare.http.CloudflareRequest;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Checks that a credential may write, without writing: each probe sends a request Cloudflare
 * authorizes first and then refuses as invalid, so a permission error means the write would be
 * refused and anything else means it would be let through. Nothing changes either way.
 */
public final class WriteProbes {

  private static final String NO_SUCH_RECORD = "0".repeat(32);

  private WriteProbes() {}

  /**
   * DNS Write on a zone: patches a record that does not exist.
   *
   * @throws dev.flarelink.cloudflare.error.PermissionDeniedException when it may not
   */
  public static String dnsWrite(CloudflareClient client, String zoneId) {
    try {
      client.request(
          CloudflareRequest.builder("PATCH", "/zones/" + zoneId + "/dns_records/" + NO_SUCH_RECORD)
              .jsonBody(bytes("{}"))
              .build());
    } catch (NotFoundException | InvalidRequestException expected) {
      // Allowed: Cloudflare checked the permission, then found no such record.
    }
    return "DNS Write granted (checked by patching a record that does not exist; nothing changed)";
  }

  /** Cache Purge on a zone: purges an empty list. */
  public static String cachePurge(CloudflareClient client, String zoneId) {
    try {
      client.request(
          CloudflareRequest.builder("POST", "/zones/" + zoneId + "/purge_cache")
              .jsonBody(bytes("{\"files\":[]}"))
              .build());
    } catch (InvalidRequestException expected) {
      // Allowed: Cloudflare checked the permission, then refused the empty list.
    }
    return "Cache Purge granted (checked with an empty purge; nothing purged)";
  }

  /** Zone Settings Write on a zone: sets {@code ssl} to a value that does not exist. */
  public static String zoneSettingsWrite(CloudflareClient client, String zoneId) {
    try {
      client.request(
          CloudflareRequest.builder("PATCH", "/zones/" + zoneId + "/settings/ssl")
              .jsonBody(bytes("{\"value\":\"flarelink-probe\"}"))
              .build());
    } catch (InvalidRequestException expected) {
      // Allowed: Cloudflare checked the permission, then refused the value.
    }
    return "Zone Settings Write granted (checked with a value Cloudflare refuses; nothing changed)";
  }

  /**
   * IP access rule changes: creates a rule with a mode that does not exist, at the account, or at
   * the zone when {@code zoneId} is given.
   */
  public static String ipAccessRules(
      CloudflareClient client, String accountId, @Nullable String zoneId) {
    var path =
        zoneId == null
            ? "/accounts/" + accountId + "/firewall/access_rules/rules"
            : "/zones/" + zoneId + "/firewall/access_rules/rules";
    try {
      client.request(
          CloudflareRequest.builder("POST", path)
              .jsonBody(
                  bytes(
                      "{\"mode\":\"flarelink-probe\",\"configuration\":{\"target\":\"ip\",\"value\":\"192.0.2.1\"}}"))
              .build());
    } catch (InvalidRequestException expected) {
      // Allowed: Cloudflare checked the permission, then refused the mode.
    }
    return "IP access rule changes granted (checked with a mode Cloudflare refuses; nothing changed)";
  }

  /**
   * Zone Write in an account: adds a zone with an empty name, which Cloudflare refuses after the
   * permission.
   */
  public static String zoneCreate(CloudflareClient client, String accountId) {
    try {
      client.request(
          CloudflareRequest.builder("POST", "/zones")
              .jsonBody(bytes("{\"name\":\"\",\"account\":{\"id\":\"" + accountId + "\"}}"))
              .build());
    } catch (InvalidRequestException expected) {
      // Allowed: Cloudflare checked the permission, then refused the name.
    }
    return "Zone Write granted (checked by adding a zone without a name; nothing changed)";
  }

  /** Zone Write on a zone: sets {@code paused} to a value that is not true or false. */
  public static String zoneEdit(CloudflareClient client, String zoneId) {
    try {
      client.request(
          CloudflareRequest.builder("PATCH", "/zones/" + zoneId)
              .jsonBody(bytes("{\"paused\":\"flarelink-probe\"}"))
              .build());
    } catch (InvalidRequestException expected) {
      // Allowed: Cloudflare checked the permission, then refused the value.
    }
    return "Zone Write granted (checked with a value Cloudflare refuses; nothing changed)";
  }

  /**
   * Load Balancing: Monitors and Pools Write: patches a pool that does not exist. A 403 is the
   * refusal; a 404 means the permission was granted and no such pool was found.
   */
  public static String pools(CloudflareClient client, String accountId) {
    try {
      client.request(
          CloudflareRequest.builder(
                  "PATCH", "/accounts/" + accountId + "/load_balancers/pools/" + NO_SUCH_RECORD)
              .jsonBody(bytes("{}"))
              .build());
    } catch (NotFoundException | InvalidRequestException expected) {
      // Allowed: Cloudflare checked the permission, then found no such pool.
    }
    return "Pool changes granted (checked by patching a pool that does not exist; nothing changed)";
  }

  /**
   * Health Checks Write on a zone: patches a health check that does not exist (403: refused; 404:
   * granted).
   */
  public static String healthChecks(CloudflareClient client, String zoneId) {
    try {
      client.request(
          CloudflareRequest.builder("PATCH", "/zones/" + zoneId + "/healthchecks/" + NO_SUCH_RECORD)
              .jsonBody(bytes("{}"))
              .build());
    } catch (NotFoundException | InvalidRequestException expected) {
      // Allowed: Cloudflare checked the permission, then found no such health check.
    }
    return "Health check changes granted (checked by patching one that does not exist; nothing"
        + " changed)";
  }

  /**
   * Zone WAF Write on a zone: patches a rule of a ruleset that does not exist. Cloudflare checks
   * the permission first, so 403 means refused and 404 means granted.
   */
  public static String securityRulesWrite(CloudflareClient client, String zoneId) {
    try {
      client.request(
          CloudflareRequest.builder(
                  "PATCH",
                  "/zones/" + zoneId + "/rulesets/" + NO_SUCH_RECORD + "/rules/" + NO_SUCH_RECORD)
              .jsonBody(bytes("{}"))
              .build());
    } catch (NotFoundException | InvalidRequestException expected) {
      // Allowed: Cloudflare checked the permission, then found no such ruleset.
    }
    return "Zone WAF Write granted (checked by patching a rule that does not exist; nothing"
        + " changed)";
  }

  /** Page Rules Write on a zone: edits a Page Rule that does not exist. */
  public static String pageRulesWrite(CloudflareClient client, String zoneId) {
    try {
      client.request(
          CloudflareRequest.builder("PATCH", "/zones/" + zoneId + "/pagerules/" + NO_SUCH_RECORD)
              .jsonBody(bytes("{}"))
              .build());
    } catch (NotFoundException | InvalidRequestException expected) {
      // Allowed: Cloudflare checked the permission, then found no such Page Rule.
    }
    return "Page Rules Write granted (checked by editing a Page Rule that does not exist; nothing"
        + " changed)";
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
