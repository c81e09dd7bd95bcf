package dev.flarelink.cloudflare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.cloudflare.internal.Json;
import dev.flarelink.cloudflare.model.Permission;
import dev.flarelink.cloudflare.model.Role;
import org.junit.jupiter.api.Test;

/** A role's permissions come in three shapes; all three read the same. */
class RolePermissionsTest {

  private static Role role(String permissions) throws Exception {
    return Json.mapper()
        .readValue(
            "{\"id\":\"r\",\"name\":\"n\",\"permissions\":" + permissions + ",\"later\":1}",
            Role.class);
  }

  @Test
  void readEdit_readWrite_andStrings() throws Exception {
    assertThat(
            role("{\"dns\":{\"read\":true,\"edit\":false},\"zones\":{\"read\":true,\"edit\":true}}")
                .permissions())
        .containsEntry("dns", new Permission(true, false))
        .containsEntry("zones", new Permission(true, true));
    assertThat(role("{\"dns\":{\"read\":true,\"write\":true,\"extra\":{\"x\":1}}}").permissions())
        .containsEntry("dns", new Permission(true, true));
    assertThat(role("[\"#zones:read\",\"#dns_records:edit\",\"#dns_records:read\"]").permissions())
        .containsEntry("zones", new Permission(true, false))
        .containsEntry("dns_records", new Permission(true, true));
    assertThat(role("null").permissions()).isEmpty();
    assertThat(role("{\"odd\":true}").permissions()).isEmpty();
  }
}
