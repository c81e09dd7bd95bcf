package dev.flarelink.mcp;

import dev.flarelink.core.access.AccessService;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Lets through to {@code /mcp} only requests with a valid API key ({@code Authorization: Bearer
 * KEY}), and hands the key's workspace and id to the MCP transport as request attributes.
 */
final class ApiKeyFilter implements Filter {

  static final String WORKSPACE = "flarelink.workspace";
  static final String KEY_ID = "flarelink.key";

  private final AccessService access;

  ApiKeyFilter(AccessService access) {
    this.access = access;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var http = (HttpServletRequest) request;
    var header = http.getHeader("Authorization");
    var key = access.authenticateHeader(header).orElse(null);
    if (key == null) {
      var out = (HttpServletResponse) response;
      out.setStatus(401);
      out.setHeader("WWW-Authenticate", "Bearer");
      out.setContentType("application/problem+json");
      out.getOutputStream()
          .write(
              ("{\"type\":\"about:blank\",\"title\":\"Unauthenticated\",\"status\":401,\"detail\":\""
                      + (header == null
                          ? "Send a Flarelink API key as Authorization: Bearer <key>"
                          : "This API key is unknown or was revoked")
                      + "\"}")
                  .getBytes(StandardCharsets.UTF_8));
      return;
    }
    http.setAttribute(WORKSPACE, key.workspaceId());
    http.setAttribute(KEY_ID, key.id());
    chain.doFilter(request, response);
  }
}
