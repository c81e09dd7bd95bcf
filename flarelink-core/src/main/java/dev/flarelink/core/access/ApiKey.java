package dev.flarelink.core.access;

import java.time.Instant;

/**
 * A live API key of the service, without the key itself (only its hash is stored).
 *
 * @param hint the key's last four characters, to tell keys apart
 * @param admin whether the key may also manage workspaces and keys
 */
public record ApiKey(
    String id, String workspaceId, String name, String hint, boolean admin, Instant createdAt) {}
