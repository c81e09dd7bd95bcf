package dev.flarelink.server;

import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import java.util.Optional;

/**
 * A servlet served beside the REST API, such as the MCP endpoint.
 *
 * @param pathSpec where, e.g. {@code /mcp/*}
 * @param filter what requests pass first (e.g. an API key check), if anything
 * @param onStop what to do when the service stops
 */
public record ServletMount(
    String pathSpec, Servlet servlet, Optional<Filter> filter, Runnable onStop) {}
