package dev.flarelink.core.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Map;

/**
 * A connection with the last scan of each kind it enables, as an agent sees it first.
 *
 * @param lastScans by kind id: the scan in brief, or {@code "never scanned"}
 */
public record ConnectionOverview(
    @JsonUnwrapped ConnectionView connection,
    @JsonProperty("last_scans") Map<String, Object> lastScans) {}
