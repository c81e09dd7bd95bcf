package dev.flarelink.core.access;

/** A workspace just made, with its first key (shown once). */
public record NewWorkspace(Workspace workspace, NewKey firstKey) {}
