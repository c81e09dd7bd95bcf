package dev.flarelink.cloudflare.api;

import static dev.flarelink.cloudflare.internal.ApiSupport.request;
import static dev.flarelink.cloudflare.internal.ApiSupport.segment;

import dev.flarelink.cloudflare.internal.ApiSupport;
import dev.flarelink.cloudflare.model.AuditLogEntry;
import dev.flarelink.cloudflare.paging.Paged;

/** The account's audit log. */
public final class AuditLogsApi {

  /** The largest page the audit log serves. */
  public static final int MAX_PER_PAGE = 1000;

  private final ApiSupport api;

  /** Made by {@code CloudflareClient}. */
  public AuditLogsApi(ApiSupport api) {
    this.api = api;
  }

  /** Audit log entries matching the filters, 1000 a page. */
  public Paged<AuditLogEntry> list(String accountId, AuditLogParams params) {
    return api.list(
        request("GET", "/accounts/" + segment(accountId) + "/audit_logs")
            .query("since", params.since())
            .query("before", params.before())
            .query("actor.email", params.actorEmail())
            .query("action.type", params.actionType())
            .query("direction", params.direction())
            .query("per_page", MAX_PER_PAGE)
            .build(),
        AuditLogEntry.class,
        Paged.Style.PAGE);
  }
}
