package dev.flarelink.cloudflare.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A permission group, as referenced by token and member policies or listed in a catalogue.
 *
 * @param name the API name, e.g. "Account Settings Read"; may be absent in references
 * @param scopes where it can be granted, in catalogues
 */
public record PermissionGroup(String id, String name, JsonNode meta, List<String> scopes) {

  public PermissionGroup {
    scopes = scopes == null ? List.of() : List.copyOf(scopes);
  }
}
