package dev.flarelink.core.scan;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.CloudflareClientBuilder;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.ConnectionService;
import dev.flarelink.core.port.ScanStore;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * The skeleton every scanner shares: it runs a claimed scan of its kind in a {@link ScanSession} (a
 * metered client for the connection's credential, and the ending on a failure or an interrupt), so
 * a scanner supplies only its own reading and saving.
 */
public abstract class SessionScanner implements Scanner {

  /** Where the scan's warnings, progress and end are noted. */
  protected final ScanStore scans;

  private final ScanKind kind;
  private final ScanSession session;

  /**
   * A scanner of {@code kind} over these use cases, reaching Cloudflare through clients that {@code
   * clients} configures (base URL, retries) and the session completes with the scan's meter.
   */
  protected SessionScanner(
      ScanKind kind,
      ConnectionService connections,
      ScanStore scans,
      Function<Credential, CloudflareClientBuilder> clients,
      Clock clock) {
    this.kind = kind;
    this.scans = scans;
    this.session = new ScanSession(connections, scans, clients, clock);
  }

  @Override
  public final ScanKind kind() {
    return kind;
  }

  @Override
  public final ScanState run(String workspaceId, ScanState scan, String owner, ScanMeter meter) {
    return session.run(
        workspaceId,
        scan,
        owner,
        meter,
        kind.service(),
        (client, connection) -> read(client, connection, scan, owner, meter));
  }

  /**
   * Reads Cloudflare with the metered client from the scan's checkpoint, saving as it goes, and
   * ends the scan; returns early when {@code owner} loses it.
   */
  protected abstract void read(
      CloudflareClient client,
      Connection connection,
      ScanState scan,
      String owner,
      ScanMeter meter);

  /** The time, to the millisecond as stored. */
  protected final Instant now() {
    return session.now();
  }
}
