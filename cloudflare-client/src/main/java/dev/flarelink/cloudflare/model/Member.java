package dev.flarelink.cloudflare.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A member of an account: an accepted member or a pending invitation.
 *
 * @param id the membership id
 * @param status {@code accepted} or {@code pending}
 * @param user the user; a pending invitation has no user id
 */
public record Member(
    String id,
    @Nullable String email,
    String status,
    @Nullable User user,
    List<Role> roles,
    List<Policy> policies) {

  public Member {
    roles = roles == null ? List.of() : List.copyOf(roles);
    policies = policies == null ? List.of() : List.copyOf(policies);
  }

  /** The member's email, from the member or its user. */
  public @Nullable String effectiveEmail() {
    return email != null ? email : user == null ? null : user.email();
  }

  /** The user behind a membership. */
  public record User(
      String id,
      String firstName,
      String lastName,
      String email,
      Boolean twoFactorAuthenticationEnabled) {}

  /** A member policy: permission groups granted over resource groups. */
  public record Policy(
      String id,
      String access,
      List<PermissionGroup> permissionGroups,
      List<ResourceGroup> resourceGroups) {

    public Policy {
      permissionGroups = permissionGroups == null ? List.of() : List.copyOf(permissionGroups);
      resourceGroups = resourceGroups == null ? List.of() : List.copyOf(resourceGroups);
    }
  }

  /** The resources a member policy reaches. */
  public record ResourceGroup(
      String id,
      String name,
      JsonNode meta,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Scope> scope) {

    public ResourceGroup {
      scope = scope == null ? List.of() : List.copyOf(scope);
    }
  }

  /** A scope key, e.g. {@code com.cloudflare.api.account.<id>}, with its objects (zones). */
  public record Scope(String key, List<ScopeObject> objects) {

    public Scope {
      objects = objects == null ? List.of() : List.copyOf(objects);
    }
  }

  /** One object of a scope, e.g. {@code com.cloudflare.api.account.zone.<id>} or a wildcard. */
  public record ScopeObject(String key) {}
}
