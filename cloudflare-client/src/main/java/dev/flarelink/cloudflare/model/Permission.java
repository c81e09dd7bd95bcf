package dev.flarelink.cloudflare.model;

/**
 * Read and edit access to one area of a legacy role's permissions. Cloudflare sends "edit" in some
 * versions and "write" in others; both land in {@link #edit()}.
 */
public record Permission(boolean read, boolean edit) {}
