package dev.flarelink.core.action;

/**
 * Who runs an action, for the audit trail.
 *
 * @param face {@code rest}, {@code cli}, {@code mcp} or {@code web}
 * @param identity the API key's id (never its value), or the local user for the CLI
 */
public record Caller(String face, String identity) {}
