package dev.flarelink.cloudflare.api;

import static dev.flarelink.cloudflare.internal.ApiSupport.request;
import static dev.flarelink.cloudflare.internal.ApiSupport.segment;

import dev.flarelink.cloudflare.internal.ApiSupport;
import dev.flarelink.cloudflare.model.AlertHistoryItem;
import dev.flarelink.cloudflare.model.AlertPolicy;
import dev.flarelink.cloudflare.paging.Paged;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Notifications: alert history and policies; needs "Notifications Read". */
public final class AlertingApi {

  /** The largest page of alert history. */
  public static final int MAX_PER_PAGE = 1000;

  private final ApiSupport api;

  /** Made by {@code CloudflareClient}. */
  public AlertingApi(ApiSupport api) {
    this.api = api;
  }

  /**
   * Alerts sent in a time range, 1000 a page.
   *
   * @param since only alerts sent after this, or {@code null}
   * @param before only alerts sent before this, or {@code null}
   */
  public Paged<AlertHistoryItem> history(String accountId, Instant since, Instant before) {
    return api.list(
        request("GET", "/accounts/" + segment(accountId) + "/alerting/v3/history")
            .query("since", since)
            .query("before", before)
            .query("per_page", MAX_PER_PAGE)
            .build(),
        AlertHistoryItem.class,
        Paged.Style.PAGE);
  }

  /** Every notification policy (one unpaged list). */
  public List<AlertPolicy> policies(String accountId) {
    return Arrays.asList(
        api.call(
            request("GET", "/accounts/" + segment(accountId) + "/alerting/v3/policies").build(),
            AlertPolicy[].class));
  }
}
