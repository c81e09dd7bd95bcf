package dev.flarelink.core.analytics;

import dev.flarelink.cloudflare.model.AlertHistoryItem;
import java.util.List;

/** One page of alert history, newest first, and how many alerts the range holds. */
public record AlertPage(List<AlertHistoryItem> alerts, int total, int page, int perPage) {

  public AlertPage {
    alerts = List.copyOf(alerts);
  }
}
