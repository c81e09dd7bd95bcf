package dev.flarelink.simulator.state;

import dev.flarelink.simulator.state.Entities.Token;
import dev.flarelink.simulator.state.Entities.TokenPolicy;
import dev.flarelink.simulator.state.Entities.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Creates the named credentials every test and demo can rely on. */
final class CredentialFactory {

  /** Every read group of the account and its zones: "read everything in the account". */
  static final List<String> READ_ALL =
      List.of(
          "Account Settings Read",
          "Account Analytics Read",
          "Notifications Read",
          "Account Firewall Access Rules Read",
          "Account API Tokens Read",
          "Workers R2 Storage Read",
          "Zone Read",
          "DNS Read",
          "Zone Settings Read",
          "Analytics Read",
          "Firewall Services Read",
          "Account Rulesets Read",
          "Zone WAF Read",
          "Page Rules Read",
          "SSL and Certificates Read",
          "Load Balancing: Monitors and Pools Read",
          "Load Balancers Read",
          "Health Checks Read",
          "Waiting Rooms Read");

  /** The security configuration's write groups, for the {@code security-write} credential. */
  static final List<String> SECURITY_WRITE =
      List.of(
          "Zone Read",
          "Account Rulesets Write",
          "Zone WAF Write",
          "Page Rules Write",
          "SSL and Certificates Write");

  private final SimState state;
  private final Ids ids;
  private final Instant reference;

  CredentialFactory(SimState state, Ids ids, Instant reference) {
    this.state = state;
    this.ids = ids;
    this.reference = reference;
  }

  void build(String accountId, String otherAccountId, User superAdmin) {
    token(
        "account-token",
        accountId,
        null,
        ids.prefixedToken("cfat_"),
        "active",
        null,
        READ_ALL,
        accountId,
        List.of(),
        "Account-owned token that reads everything in the account");
    token(
        "user-token",
        null,
        superAdmin.id(),
        ids.prefixedToken("cfut_"),
        "active",
        null,
        READ_ALL,
        accountId,
        List.of(),
        "User-owned token of the super administrator that reads everything in the account");
    token(
        "legacy-account-token",
        accountId,
        null,
        ids.legacyToken(),
        "active",
        null,
        READ_ALL,
        accountId,
        List.of(),
        "Account-owned token in the pre-2026 format (no prefix), reads everything");
    token(
        "legacy-user-token",
        null,
        superAdmin.id(),
        ids.legacyToken(),
        "active",
        null,
        READ_ALL,
        accountId,
        List.of(),
        "User-owned token in the pre-2026 format (no prefix), reads everything");
    state.credentials.add(
        new NamedCredential(
            "global-key",
            "global_api_key",
            superAdmin.globalApiKey(),
            superAdmin.email(),
            "Global API Key of the super administrator, with its email"));
    token(
        "no-account-settings",
        accountId,
        null,
        ids.legacyToken(),
        "active",
        null,
        List.of("Zone Read", "DNS Read", "Notifications Read"),
        accountId,
        List.of(),
        "Account-owned token without Account Settings Read: cannot list members");
    token(
        "other-account",
        null,
        superAdmin.id(),
        ids.legacyToken(),
        "active",
        null,
        READ_ALL,
        otherAccountId,
        List.of(),
        "User-owned token whose resources include only another account");
    token(
        "expired",
        accountId,
        null,
        ids.legacyToken(),
        "expired",
        Instant.parse("2026-01-01T00:00:00Z"),
        READ_ALL,
        accountId,
        List.of(),
        "Account-owned token that expired on 2026-01-01");
    token(
        "disabled",
        accountId,
        null,
        ids.legacyToken(),
        "disabled",
        null,
        READ_ALL,
        accountId,
        List.of(),
        "Account-owned token that was disabled (rolled or revoked)");
    token(
        "ip-restricted",
        accountId,
        null,
        ids.legacyToken(),
        "active",
        null,
        READ_ALL,
        accountId,
        List.of("192.0.2.0/24"),
        "Account-owned token usable only from 192.0.2.0/24, not from this machine");
    token(
        "zone-dns-read-only",
        accountId,
        null,
        ids.legacyToken(),
        "active",
        null,
        List.of("Zone Read", "DNS Read"),
        accountId,
        List.of(),
        "Account-owned token with Zone Read and DNS Read only");
    token(
        "dns-write",
        accountId,
        null,
        ids.legacyToken(),
        "active",
        null,
        List.of("Zone Read", "DNS Read", "DNS Write", "Cache Purge"),
        accountId,
        List.of(),
        "Account-owned token with Zone Read, DNS Read, DNS Write and Cache Purge");
    token(
        "expiring-soon",
        accountId,
        null,
        ids.legacyToken(),
        "active",
        reference.plus(Duration.ofDays(10)),
        READ_ALL,
        accountId,
        List.of(),
        "Account-owned token that expires in 10 days");
    token(
        "security-write",
        accountId,
        null,
        ids.legacyToken(),
        "active",
        null,
        SECURITY_WRITE,
        accountId,
        List.of(),
        "Account-owned token that writes rulesets, Page Rules and certificate packs");
  }

  private void token(
      String name,
      String ownerAccountId,
      String ownerUserId,
      String value,
      String status,
      Instant expiresOn,
      List<String> groups,
      String resourceAccountId,
      List<String> ipIn,
      String purpose) {
    var accountGroups = groups.stream().filter(g -> !Catalog.isZoneGroup(g)).toList();
    var zoneGroups = groups.stream().filter(Catalog::isZoneGroup).toList();
    var policies = new ArrayList<TokenPolicy>();
    var accountKey = "com.cloudflare.api.account." + resourceAccountId;
    if (!accountGroups.isEmpty()) {
      policies.add(new TokenPolicy(ids.hex32(), "allow", Map.of(accountKey, "*"), accountGroups));
    }
    if (!zoneGroups.isEmpty()) {
      var nested = new LinkedHashMap<String, Object>();
      nested.put(accountKey, Map.of("com.cloudflare.api.account.zone.*", "*"));
      policies.add(new TokenPolicy(ids.hex32(), "allow", nested, zoneGroups));
    }
    var token =
        new Token(
            ids.hex32(),
            name,
            value,
            ownerAccountId,
            ownerUserId,
            status,
            reference.minus(Duration.ofDays(30)),
            // A token with a TTL has a start as well as an end.
            expiresOn == null ? null : expiresOn.minus(Duration.ofDays(180)),
            expiresOn,
            policies,
            ipIn,
            List.of());
    state.putToken(token);
    state.credentials.add(
        new NamedCredential(
            name, ownerAccountId != null ? "account_token" : "user_token", value, null, purpose));
  }
}
