package dev.flarelink.cloudflare.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/** The calling user's membership of one account ({@code GET /memberships}). */
public record Membership(
    String id,
    Account account,
    String status,
    Boolean apiAccessEnabled,
    List<String> roles,
    @JsonDeserialize(using = PermissionsDeserializer.class) Map<String, Permission> permissions) {}
