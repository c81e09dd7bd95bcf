package dev.flarelink.core.scan;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.core.connection.Connection;
import java.time.Instant;

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

  /** A scanner of {@code kind} running in {@code session}. */
  protected SessionScanner(ScanKind kind, ScanSession session) {
    this.kind = kind;
    this.scans = session.scans();
    this.session = session;
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
