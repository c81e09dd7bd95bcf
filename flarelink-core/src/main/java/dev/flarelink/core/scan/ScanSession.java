package dev.flarelink.core.scan;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.CloudflareClientBuilder;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.error.CloudflareException;
import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * What every scanner does around its own reading: a metered client for the connection's credential,
 * and the ending. A Cloudflare failure ends the scan as failed with a diagnosis; an interrupt (the
 * process stopping) leaves it unfinished, to resume at its checkpoint.
 */
public final class ScanSession {

  /** A scanner's own reading, with the metered client; it returns early if it loses the scan. */
  @FunctionalInterface
  public interface Reading {
    void read(CloudflareClient client, Connection connection);
  }

  private final ConnectionService connections;
  private final ScanStore scans;
  private final Function<Credential, CloudflareClientBuilder> clients;
  private final Clock clock;

  /**
   * Sessions over these use cases, reaching Cloudflare through clients that {@code clients}
   * configures (base URL, retries) and each session completes with its scan's meter. One session
   * serves every scanner.
   */
  public ScanSession(
      ConnectionService connections,
      ScanStore scans,
      Function<Credential, CloudflareClientBuilder> clients,
      Clock clock) {
    this.connections = connections;
    this.scans = scans;
    this.clients = clients;
    this.clock = clock;
  }

  /** Where the session's scans are kept. */
  public ScanStore scans() {
    return scans;
  }

  /** Runs {@code reading} for a claimed scan of a {@code service} and returns the scan's state. */
  public ScanState run(
      String workspaceId,
      ScanState scan,
      String owner,
      ScanMeter meter,
      Service service,
      Reading reading) {
    var connection = connections.get(workspaceId, scan.connectionId());
    var builder = clients.apply(connections.credential(connection));
    try (var client = builder.addInterceptor(meter).waitListener(meter).build()) {
      meter.attach(client);
      reading.read(client, connection);
    } catch (CloudflareException e) {
      if (Thread.currentThread().isInterrupted()) {
        return scans.scan(scan.id()).orElseThrow();
      }
      scans.progress(scan.id(), owner, meter.progress(), now());
      scans.fail(
          scan.id(),
          ScanFailure.diagnosis(connections, workspaceId, connection, service, e),
          now());
    }
    return scans.scan(scan.id()).orElseThrow();
  }

  /** The time, to the millisecond as stored. */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
