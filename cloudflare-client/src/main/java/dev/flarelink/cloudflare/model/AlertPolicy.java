package dev.flarelink.cloudflare.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A notification policy: which alerts go where. */
public record AlertPolicy(
    String id,
    String name,
    String description,
    Boolean enabled,
    String alertType,
    String alertInterval,
    JsonNode filters,
    JsonNode mechanisms,
    Instant created,
    Instant modified) {}
