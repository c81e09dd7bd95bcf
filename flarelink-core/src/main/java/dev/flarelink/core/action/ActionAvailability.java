package dev.flarelink.core.action;

/**
 * Whether a connection can run an action now, and if not, why.
 *
 * @param reason what stands in the way and how to remove it, or what the connection test found
 */
public record ActionAvailability(Action action, boolean available, String reason) {}
