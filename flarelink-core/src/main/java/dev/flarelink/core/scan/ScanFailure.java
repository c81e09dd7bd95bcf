package dev.flarelink.core.scan;

import dev.flarelink.cloudflare.error.CloudflareException;
import dev.flarelink.cloudflare.error.RateLimitedException;
import dev.flarelink.cloudflare.error.ServerErrorException;
import dev.flarelink.cloudflare.error.TransportException;
import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;

/** Explains why a scan failed, the same way for every kind of scan. */
public final class ScanFailure {

  private ScanFailure() {}

  /**
   * The failure's explanation, with the connection test's verdict on {@code service} when the cause
   * may last (a permission, a credential) rather than pass (a rate limit, an outage).
   */
  public static String diagnosis(
      ConnectionService connections,
      String workspaceId,
      Connection connection,
      Service service,
      CloudflareException e) {
    var explanation = e.explanation();
    if (e instanceof RateLimitedException
        || e instanceof ServerErrorException
        || e instanceof TransportException) {
      return explanation;
    }
    try {
      var report = connections.test(workspaceId, connection.id());
      var verdict = report.services().get(service);
      if (verdict != null && !verdict.available()) {
        return explanation + " The connection test says: " + verdict.reason();
      }
      return explanation;
    } catch (CloudflareException testFailed) {
      return explanation;
    }
  }
}
