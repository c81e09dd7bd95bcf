package dev.flarelink.cloudflare.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A load balancing monitor of an account: how a pool's origins are checked.
 *
 * @param type {@code http}, {@code https}, {@code tcp}, {@code udp_icmp}, {@code icmp_ping} or
 *     {@code smtp}
 * @param expectedCodes for HTTP(S): a status code or class, e.g. {@code 2xx}
 */
public record Monitor(
    String id,
    @Nullable String type,
    @Nullable String description,
    @Nullable String method,
    @Nullable String path,
    @Nullable Integer port,
    @Nullable Integer interval,
    @Nullable Integer retries,
    @Nullable Integer timeout,
    @Nullable String expectedCodes,
    @Nullable String expectedBody,
    @Nullable Boolean followRedirects,
    @Nullable Boolean allowInsecure,
    @Nullable JsonNode header,
    @Nullable Instant createdOn,
    @Nullable Instant modifiedOn) {}
