package dev.flarelink.core.view;

import static dev.flarelink.core.view.ScanViews.text;

import dev.flarelink.core.action.Action;
import dev.flarelink.core.action.ActionAvailability;
import dev.flarelink.core.action.ActionOutcome;
import dev.flarelink.core.action.ActionRun;
import dev.flarelink.core.action.Plan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON and CSV shapes of actions, their outcomes and the audit trail, for every face. */
public final class ActionViews {

  private static final List<String> RUN_COLUMNS =
      List.of(
          "at", "action", "status", "face", "caller", "dry_run", "changes", "detail", "input",
          "id");

  private ActionViews() {}

  /** An action: what it does, what it needs, and its input schema (JSON Schema). */
  public static Map<String, Object> action(Action action) {
    var out = new LinkedHashMap<String, Object>();
    out.put("name", action.name());
    out.put("description", action.description());
    out.put("service", action.service().id());
    out.put("permissions", action.service().permissions());
    out.put("input_schema", schema(action));
    return out;
  }

  /** An action with whether the connection can run it. */
  public static Map<String, Object> availability(ActionAvailability availability) {
    var out = action(availability.action());
    out.put("available", availability.available());
    out.put("reason", availability.reason());
    return out;
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
  public static Map<String, Object> plan(Plan plan) {
    var out = new LinkedHashMap<String, Object>();
    out.put("changes", plan.changes());
    out.put("destructive", plan.destructive());
    out.put("note", plan.note());
    return out;
  }

  /** What a run did. */
  public static Map<String, Object> outcome(ActionOutcome outcome) {
    var out = new LinkedHashMap<String, Object>();
    out.put("run_id", outcome.runId());
    out.put("action", outcome.action());
    out.put("status", outcome.status().id());
    out.put("plan", plan(outcome.plan()));
    out.put("result", outcome.result());
    return out;
  }

  /** An audit entry. */
  public static Map<String, Object> run(ActionRun run) {
    var out = new LinkedHashMap<String, Object>();
    out.put("id", run.id());
    out.put("at", text(run.at()));
    out.put("action", run.action());
    out.put("status", run.status().id());
    out.put("face", run.caller().face());
    out.put("caller", run.caller().identity());
    out.put("dry_run", run.dryRun());
    out.put("input", run.input());
    out.put("changes", run.changes());
    out.put("detail", run.detail());
    out.put("millis", run.millis());
    return out;
  }

  /** Audit entries as rows. */
  public static Tabular runsTable(List<ActionRun> runs) {
    return new Tabular(
        RUN_COLUMNS,
        runs.stream()
            .map(
                run -> {
                  var row = run(run);
                  row.put("changes", String.join("; ", run.changes()));
                  row.put("input", String.valueOf(run.input()));
                  return RUN_COLUMNS.stream().<Object>map(row::get).toList();
                })
            .toList());
  }
}
