package dev.flarelink.core;

import dev.flarelink.core.access.AccessService;
import dev.flarelink.core.action.ActionService;
import dev.flarelink.core.analytics.AnalyticsQueries;
import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.identity.IdentityQueries;
import dev.flarelink.core.inventory.InventoryQueries;
import dev.flarelink.core.inventory.ResourceQueries;
import dev.flarelink.core.scan.ScanService;
import java.time.Clock;

/**
 * Every use case of Flarelink, as the composition root built them; each face (REST and web UI, MCP,
 * CLI) takes what it needs from here and nothing else. Closing it releases the storage.
 */
public interface UseCases extends AutoCloseable {

  /** The clock every use case reads. */
  Clock clock();

  /** Workspaces and API keys. */
  AccessService access();

  /** Connecting accounts: test, save, edit, remove. */
  ConnectionService connections();

  /** Scans: request, follow, resume. */
  ScanService scans();

  /** What the identity scans found. */
  IdentityQueries identity();

  /** What the inventory scans found, and fresh reads of the same. */
  InventoryQueries inventory();

  /** The resource catalogue's types and resources, stored or fresh. */
  ResourceQueries resources();

  /** Alerts and analytics, read from Cloudflare. */
  AnalyticsQueries analytics();

  /** Actions and their audit trail. */
  ActionService actions();

  /** Whether the storage can serve calls now. */
  Readiness readiness();

  /** Stops the scans this process runs and releases the storage. */
  @Override
  void close();
}
