package dev.flarelink.core.scan;

/**
 * Runs one kind of scan. {@link ScanService} claims the scan and meters its client; the scanner
 * reads Cloudflare, saves what it finds with a checkpoint after each step, and ends the scan.
 */
public interface Scanner {

  /** The kind of scan this runs. */
  ScanKind kind();

  /**
   * Runs a scan that {@code owner} has claimed, from its checkpoint to its end or until the owner
   * loses it, and returns its state. Cloudflare failures end the scan as failed with a diagnosis;
   * an interrupt leaves it unfinished, to be resumed.
   */
  ScanState run(String workspaceId, ScanState scan, String owner, ScanMeter meter);
}
