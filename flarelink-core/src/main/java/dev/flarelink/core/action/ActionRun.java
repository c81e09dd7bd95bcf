package dev.flarelink.core.action;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail: an action run, planned or applied, with its outcome.
 *
 * @param status how it ended
 * @param input the inputs as read (actions take no secrets)
 * @param changes the plan's lines
 * @param detail the result's summary, or the diagnosis of a failure or refusal
 */
public record ActionRun(
    String id,
    String workspaceId,
    String connectionId,
    String action,
    Caller caller,
    Map<String, Object> input,
    boolean dryRun,
    ActionStatus status,
    List<String> changes,
    @Nullable String detail,
    Instant at,
    long millis) {

  public ActionRun {
    input = Map.copyOf(input);
    changes = List.copyOf(changes);
  }
}
