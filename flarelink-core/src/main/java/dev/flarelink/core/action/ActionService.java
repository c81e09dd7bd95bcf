package dev.flarelink.core.action;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.error.CloudflareException;
import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.connection.ServiceNotEnabledException;
import dev.flarelink.core.query.Paging;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs actions safely, the same way for every face: the connection must enable the action's
 * service; the plan is worked out from the current state; a dry run stops there; a destructive plan
 * needs confirmation; the credential's permission is checked before the first write; and every run
 * is recorded, whatever its outcome.
 */
public final class ActionService {

  private final ConnectionService connections;
  private final ActionRegistry registry;
  private final ActionAuditStore audit;
  private final Function<Credential, CloudflareClient> clients;
  private final Clock clock;
  private final Supplier<String> ids;

  /** A service running the registry's actions through clients that {@code clients} makes. */
  public ActionService(
      ConnectionService connections,
      ActionRegistry registry,
      ActionAuditStore audit,
      Function<Credential, CloudflareClient> clients,
      Clock clock,
      Supplier<String> ids) {
    this.connections = connections;
    this.registry = registry;
    this.audit = audit;
    this.clients = clients;
    this.clock = clock;
    this.ids = ids;
  }

  /** The registry's actions. */
  public ActionRegistry registry() {
    return registry;
  }

  /**
   * Runs an action.
   *
   * @param dryRun only work out the plan; nothing is written
   * @param confirmed the caller confirms a destructive change
   * @throws ConfirmationRequiredException when the plan is destructive and not confirmed
   */
  public ActionOutcome run(
      String workspaceId,
      String connectionId,
      String name,
      Map<String, ?> raw,
      boolean dryRun,
      boolean confirmed,
      Caller caller) {
    var action = registry.get(name);
    var connection = connections.get(workspaceId, connectionId);
    var run =
        new Recording(ids.get(), workspaceId, connectionId, name, caller, dryRun, clock.instant());
    run.input = Map.copyOf(sanitized(raw));
    try {
      ServiceNotEnabledException.check(connection, action.service());
      var input = ActionInput.of(raw, action.params());
      run.input = Map.copyOf(input.values());
      try (var client = clients.apply(connections.credential(connection))) {
        var prepared = action.prepare(client, connection, input);
        var plan = prepared.plan();
        run.plan = plan;
        if (dryRun || plan.isEmpty()) {
          var status = dryRun ? ActionStatus.PLANNED : ActionStatus.UNCHANGED;
          record(run, status, plan.note());
          return new ActionOutcome(run.id, name, status, plan, null);
        }
        if (plan.destructive() && !confirmed) {
          throw new ConfirmationRequiredException(name, plan);
        }
        prepared.checkPermission();
        var result = prepared.apply();
        record(run, ActionStatus.SUCCEEDED, summary(result));
        return new ActionOutcome(run.id, name, ActionStatus.SUCCEEDED, plan, result);
      }
    } catch (CloudflareException e) {
      record(run, ActionStatus.FAILED, e.explanation());
      throw e;
    } catch (RuntimeException e) {
      record(run, ActionStatus.REFUSED, e.getMessage());
      throw e;
    }
  }

  /** What is known of a run so far, to record whatever its outcome. */
  private static final class Recording {
    final String id;
    final String workspaceId;
    final String connectionId;
    final String action;
    final Caller caller;
    final boolean dryRun;
    final Instant started;
    Map<String, Object> input = Map.of();
    @Nullable Plan plan;

    Recording(
        String id,
        String workspaceId,
        String connectionId,
        String action,
        Caller caller,
        boolean dryRun,
        Instant started) {
      this.id = id;
      this.workspaceId = workspaceId;
      this.connectionId = connectionId;
      this.action = action;
      this.caller = caller;
      this.dryRun = dryRun;
      this.started = started;
    }
  }

  /**
   * Every action, with whether this connection can run it: its service must be enabled, and the
   * connection test (run now) must find the credential allowed to use that service.
   */
  public List<ActionAvailability> available(String workspaceId, String connectionId) {
    var connection = connections.get(workspaceId, connectionId);
    var report = connections.test(workspaceId, connectionId);
    return registry.all().stream()
        .map(
            action -> {
              var service = action.service();
              if (!connection.services().contains(service)) {
                return new ActionAvailability(
                    action,
                    false,
                    "the connection does not enable the "
                        + service.id()
                        + " service, which also needs the credential to hold "
                        + String.join(", ", service.permissions()));
              }
              var verdict = report.services().get(service);
              if (verdict == null) {
                return new ActionAvailability(action, true, "enabled; not checked by the test");
              }
              return new ActionAvailability(action, verdict.available(), verdict.reason());
            })
        .toList();
  }

  /**
   * Records a read made for a caller (an agent's query) beside the action runs, so the audit trail
   * shows what an interface looked at as well as what it changed.
   *
   * @param what what was read, such as {@code read.search_zones}
   * @param status {@link ActionStatus#READ} or {@link ActionStatus#FAILED}
   * @param detail what the answer said, or why it failed
   */
  public void recordRead(
      String workspaceId,
      String connectionId,
      String what,
      Caller caller,
      Map<String, ?> input,
      ActionStatus status,
      @Nullable String detail,
      Instant started) {
    audit.record(
        new ActionRun(
            ids.get(),
            workspaceId,
            connectionId,
            what,
            caller,
            sanitized(input),
            false,
            status,
            List.of(),
            detail,
            started,
            Duration.between(started, clock.instant()).toMillis()));
  }

  /** A connection's action runs, newest first. */
  public List<ActionRun> audit(String workspaceId, String connectionId, int limit) {
    connections.get(workspaceId, connectionId);
    return audit.runs(connectionId, Paging.limit(limit));
  }

  private void record(Recording run, ActionStatus status, @Nullable String detail) {
    audit.record(
        new ActionRun(
            run.id,
            run.workspaceId,
            run.connectionId,
            run.action,
            run.caller,
            run.input,
            run.dryRun,
            status,
            run.plan == null ? List.of() : run.plan.changes(),
            detail,
            run.started,
            Duration.between(run.started, clock.instant()).toMillis()));
  }

  /** The input as given, with anything named like a secret left out. */
  private static Map<String, Object> sanitized(Map<String, ?> raw) {
    var out = new LinkedHashMap<String, Object>();
    raw.forEach(
        (key, value) -> {
          var lower = key.toLowerCase(Locale.ROOT);
          if (value != null
              && !lower.contains("token")
              && !lower.contains("key")
              && !lower.contains("secret")
              && !lower.contains("password")) {
            out.put(key, value);
          }
        });
    return out;
  }

  private static @Nullable String summary(@Nullable Object result) {
    if (result == null) {
      return null;
    }
    var text = String.valueOf(result);
    return text.length() > 500 ? text.substring(0, 500) + "…" : text;
  }
}
