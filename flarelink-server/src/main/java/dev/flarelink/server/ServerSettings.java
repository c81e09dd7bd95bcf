package dev.flarelink.server;

import java.nio.file.Path;

/**
 * How the service runs.
 *
 * @param host the address to bind, 127.0.0.1 unless told otherwise
 * @param port the port, 0 for any free one
 * @param databaseUrl a JDBC URL, or {@code null} for SQLite in the data directory
 * @param dataDir where the embedded database and the master key file live
 * @param cloudflareBaseUrl Cloudflare's API; a setting of the service, never of a connection
 */
public record ServerSettings(
    String host, int port, String databaseUrl, Path dataDir, String cloudflareBaseUrl) {}
