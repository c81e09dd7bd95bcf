package dev.flarelink.cloudflare.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One alert Cloudflare sent.
 *
 * @param alertBody the alert's content: an object in practice, a string in the schema
 * @param mechanismType {@code email}, {@code pagerduty} or {@code webhook}
 */
public record AlertHistoryItem(
    String id,
    String name,
    String description,
    JsonNode alertBody,
    String alertType,
    String mechanism,
    String mechanismType,
    String policyId,
    Instant sent) {}
