package dev.flarelink.cloudflare.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * A legacy account role.
 *
 * @param permissions access by area ({@code dns_records}, {@code organization}, ...)
 */
public record Role(
    String id,
    String name,
    String description,
    @JsonDeserialize(using = PermissionsDeserializer.class) Map<String, Permission> permissions) {

  public Role {
    permissions = permissions == null ? Map.of() : Map.copyOf(permissions);
  }
}
