package dev.flarelink.cloudflare.api;

import static dev.flarelink.cloudflare.internal.ApiSupport.request;
import static dev.flarelink.cloudflare.internal.ApiSupport.segment;

import dev.flarelink.cloudflare.internal.ApiSupport;
import dev.flarelink.cloudflare.model.IpAccessRule;
import dev.flarelink.cloudflare.paging.Paged;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * IP access rules of an account ("Account Firewall Access Rules") or a zone ("Firewall Services").
 */
public final class IpAccessRulesApi {

  /** Whose rules. */
  public enum Scope {
    /** Rules of an account: {@code /accounts/{id}/...}. */
    ACCOUNT("accounts"),
    /** Rules of a zone: {@code /zones/{id}/...}. */
    ZONE("zones");

    private final String segment;

    Scope(String segment) {
      this.segment = segment;
    }
  }

  private static final int PER_PAGE = 100;

  private final ApiSupport api;

  /** Made by {@code CloudflareClient}. */
  public IpAccessRulesApi(ApiSupport api) {
    this.api = api;
  }

  /**
   * The rules, optionally filtered.
   *
   * @param mode e.g. {@code block}, or {@code null}
   * @param target {@code ip}, {@code ip_range}, {@code asn}, {@code country}, or {@code null}
   * @param value the configuration value to match, or {@code null}
   */
  public Paged<IpAccessRule> list(
      Scope scope, String ownerId, String mode, String target, String value) {
    return api.list(
        request("GET", base(scope, ownerId))
            .query("mode", mode)
            .query("configuration.target", target)
            .query("configuration.value", value)
            .query("per_page", PER_PAGE)
            .build(),
        IpAccessRule.class,
        Paged.Style.PAGE);
  }

  /** Creates a rule. */
  public IpAccessRule create(
      Scope scope, String ownerId, String mode, String target, String value, String notes) {
    var body = new LinkedHashMap<String, Object>();
    body.put("mode", mode);
    body.put("configuration", Map.of("target", target, "value", value));
    body.put("notes", notes == null ? "" : notes);
    return api.send(request("POST", base(scope, ownerId)), body, IpAccessRule.class);
  }

  /** Changes a rule's mode and notes. */
  public IpAccessRule update(
      Scope scope, String ownerId, String ruleId, String mode, String notes) {
    var body = new LinkedHashMap<String, Object>();
    body.put("mode", mode);
    if (notes != null) {
      body.put("notes", notes);
    }
    return api.send(
        request("PATCH", base(scope, ownerId) + "/" + segment(ruleId)), body, IpAccessRule.class);
  }

  /** Deletes a rule and returns its id. */
  public String delete(Scope scope, String ownerId, String ruleId) {
    return api.call(request("DELETE", base(scope, ownerId) + "/" + segment(ruleId)).build())
        .path("id")
        .asText(null);
  }

  private static String base(Scope scope, String ownerId) {
    return "/" + scope.segment + "/" + segment(ownerId) + "/firewall/access_rules/rules";
  }
}
