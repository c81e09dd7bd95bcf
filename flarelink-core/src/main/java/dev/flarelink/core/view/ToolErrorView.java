package dev.flarelink.core.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a failure reaches an agent: what kind of error, the cause, the fix, and whether and when to
 * retry.
 *
 * @param error the kind, e.g. {@code invalid_arguments} or {@code rate_limited}
 * @param retryAfterSeconds how long to wait before retrying; left out when not known
 */
public record ToolErrorView(
    String error,
    String cause,
    String fix,
    boolean retryable,
    @JsonProperty("retry_after_seconds") @JsonInclude(JsonInclude.Include.NON_NULL)
        Long retryAfterSeconds) {}
