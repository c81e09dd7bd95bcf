package dev.flarelink.core.view;

import java.util.List;

/**
 * A listing of connections, {@code {connections: [...]}}.
 *
 * @param <T> how each connection is shown
 */
public record ConnectionList<T>(List<T> connections) {}
