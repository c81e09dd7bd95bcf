package dev.flarelink.core.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.flarelink.core.action.Action;
import dev.flarelink.core.action.ActionAvailability;
import dev.flarelink.core.action.ActionOutcome;
import dev.flarelink.core.action.ActionRun;
import dev.flarelink.core.action.Plan;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The JSON and CSV shapes of actions, their outcomes and the audit trail, for every face. */
public final class ActionViews {

  private static final List<String> RUN_COLUMNS =
      List.of(
          "at", "action", "status", "face", "caller", "dry_run", "changes", "detail", "input",
          "id");

  private ActionViews() {}

  /**
   * An action: what it does, what it needs, and its input schema.
   *
   * @param inputSchema the action's body as a JSON Schema object (its properties are the action's
   *     parameters, an open set)
   */
  public record ActionView(
      String name,
      String description,
      String service,
      List<String> permissions,
      @JsonProperty("input_schema") Map<String, Object> inputSchema) {}

  /** An action with whether the connection can run it now, and why not. */
  public record AvailabilityView(
      @JsonUnwrapped ActionView action, boolean available, String reason) {}

  /** Every action with its availability. */
  public record ActionList(List<AvailabilityView> actions) {}

  /** A plan: the changes, whether any is destructive, and a note. */
  public record PlanView(List<String> changes, boolean destructive, @Nullable String note) {}

  /**
   * What a run did.
   *
   * @param status {@code planned}, {@code unchanged} or {@code succeeded}
   * @param result what Cloudflare answered (an open shape); {@code null} for a plan
   */
  public record Outcome(
      @JsonProperty("run_id") String runId,
      String action,
      String status,
      PlanView plan,
      @Nullable Object result) {}

  /**
   * What a run did, as an agent sees it.
   *
   * @param next what to do next; left out once applied
   */
  public record ToolOutcome(
      @JsonUnwrapped Outcome outcome,
      boolean confirmed,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String next) {}

  /**
   * An audit entry.
   *
   * @param face {@code rest}, {@code cli}, {@code mcp} or {@code web}
   * @param caller who called (an API key id), when known
   * @param input the run's input by parameter name (an open set)
   */
  public record RunView(
      String id,
      String at,
      String action,
      String status,
      String face,
      String caller,
      @JsonProperty("dry_run") boolean dryRun,
      Map<String, Object> input,
      List<String> changes,
      @Nullable String detail,
      long millis) {}

  /** Audit entries, newest first. */
  public record RunList(List<RunView> runs) {}

  /** An action: what it does, what it needs, and its input schema (JSON Schema). */
  public static ActionView action(Action action) {
    return new ActionView(
        action.name(),
        action.description(),
        action.service().id(),
        action.service().permissions(),
        schema(action));
  }

  /** An action with whether the connection can run it. */
  public static AvailabilityView availability(ActionAvailability availability) {
    return new AvailabilityView(
        action(availability.action()), availability.available(), availability.reason());
  }

  /** The action's inputs as a JSON Schema object. */
  public static Map<String, Object> schema(Action action) {
    var properties = new LinkedHashMap<String, Object>();
    for (var param : action.params()) {
      var property = new LinkedHashMap<String, Object>();
      switch (param.type()) {
        case LIST -> {
          property.put("type", "array");
          property.put("items", Map.of("type", "string"));
        }
        case STRING, INTEGER, BOOLEAN -> property.put("type", param.type().id());
      }
      property.put("description", param.description());
      if (!param.allowed().isEmpty()) {
        property.put("enum", param.allowed());
      }
      properties.put(param.name(), property);
    }
    var schema = new LinkedHashMap<String, Object>();
    schema.put("type", "object");
    schema.put("properties", properties);
    schema.put(
        "required", action.params().stream().filter(p -> p.required()).map(p -> p.name()).toList());
    schema.put("additionalProperties", false);
    return schema;
  }

  /** A plan. */
  public static PlanView plan(Plan plan) {
    return new PlanView(plan.changes(), plan.destructive(), plan.note());
  }

  /** What a run did. */
  public static Outcome outcome(ActionOutcome outcome) {
    return new Outcome(
        outcome.runId(),
        outcome.action(),
        outcome.status().id(),
        plan(outcome.plan()),
        outcome.result());
  }

  /** An audit entry. */
  public static RunView run(ActionRun run) {
    return new RunView(
        run.id(),
        run.at().toString(),
        run.action(),
        run.status().id(),
        run.caller().face(),
        run.caller().identity(),
        run.dryRun(),
        run.input(),
        run.changes(),
        run.detail(),
        run.millis());
  }

  /** Audit entries as rows. */
  public static Tabular runsTable(List<ActionRun> runs) {
    return new Tabular(
        RUN_COLUMNS,
        runs.stream()
            .map(
                run ->
                    Arrays.<Object>asList(
                        run.at().toString(),
                        run.action(),
                        run.status(),
                        run.caller().face(),
                        run.caller().identity(),
                        run.dryRun(),
                        String.join("; ", run.changes()),
                        run.detail(),
                        String.valueOf(run.input()),
                        run.id()))
            .toList());
  }
}
