package dev.flarelink.cloudflare.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One zone setting, such as {@code ssl} or {@code min_tls_version}.
 *
 * @param value the value; usually a string, sometimes an object
 */
public record ZoneSetting(
    String id, @Nullable JsonNode value, @Nullable Boolean editable, @Nullable Instant modifiedOn) {

  /** The value as text, or {@code null} when it is not a plain value. */
  public @Nullable String text() {
    return value == null || value.isContainerNode() ? null : value.asText();
  }
}
