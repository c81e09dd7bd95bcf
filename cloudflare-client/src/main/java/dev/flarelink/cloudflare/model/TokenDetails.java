package dev.flarelink.cloudflare.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An API token's details, with its policies and its IP condition. */
public record TokenDetails(
    String id,
    String name,
    String status,
    Instant issuedOn,
    Instant modifiedOn,
    Instant lastUsedOn,
    Instant notBefore,
    Instant expiresOn,
    List<Policy> policies,
    Condition condition) {

  public TokenDetails {
    policies = policies == null ? List.of() : List.copyOf(policies);
  }

  /**
   * A token policy.
   *
   * @param effect {@code allow} or {@code deny}
   * @param resources resource name to {@code "*"} or, in the nested form, to an object of resources
   */
  public record Policy(
      String id,
      String effect,
      Map<String, JsonNode> resources,
      List<PermissionGroup> permissionGroups) {

    public Policy {
      resources = resources == null ? Map.of() : Map.copyOf(resources);
      permissionGroups = permissionGroups == null ? List.of() : List.copyOf(permissionGroups);
    }
  }

  /** Conditions on where a token may be used from; Cloudflare names the key both ways. */
  public record Condition(
      @JsonProperty("request.ip") @JsonAlias("request_ip") IpCondition requestIp) {}

  /** CIDR ranges allowed and refused. */
  public record IpCondition(List<String> in, List<String> notIn) {}
}
