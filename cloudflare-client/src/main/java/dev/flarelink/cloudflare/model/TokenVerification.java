package dev.flarelink.cloudflare.model;

import java.time.Instant;

/**
 * What a token verify endpoint says of the token that called it.
 *
 * @param status {@code active}, {@code disabled} or {@code expired}
 */
public record TokenVerification(String id, String status, Instant notBefore, Instant expiresOn) {}
