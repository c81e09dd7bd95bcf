package dev.flarelink.core.access;

import java.time.Instant;

/** A workspace: the tenant that owns connections and API keys. */
public record Workspace(String id, String name, Instant createdAt) {}
