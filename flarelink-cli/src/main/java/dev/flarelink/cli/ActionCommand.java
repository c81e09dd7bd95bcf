package dev.flarelink.cli;

import dev.flarelink.core.action.Caller;
import dev.flarelink.core.action.ConfirmationRequiredException;
import dev.flarelink.core.view.ActionViews;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code flarelink action CONNECTION NAME --param k=v ...}: runs an action safely. */
@Command(
    name = "action",
    mixinStandardHelpOptions = true,
    description = {
      "Runs an action on a connection's account, such as creating a DNS record.",
      "The actions are DNS (dns.create, dns.update, dns.delete, dns.batch), cache.purge, zones (zone.create, zone.pause, zone.unpause, zone.delete, zone.setting), firewall rules (firewall.rule.create, firewall.rule.update, firewall.rule.disable, firewall.rule.delete), IP access rules (ip_rule.create, ip_rule.update, ip_rule.delete), Page Rules (page_rule.create, page_rule.update, page_rule.delete), load balancing (pool.origin.disable, pool.origin.enable) and health checks (health_check.create, health_check.delete); flarelink actions CONNECTION lists them with their inputs and whether this connection may run them.",
      "The plan is worked out from Cloudflare's current state and printed first; --dry-run stops there. A destructive plan runs only with --yes. Every run is recorded (flarelink audit).",
      "Example:",
      "  flarelink action Production dns.create --param zone=example.com \\",
      "    --param type=A --param name=www --param content=192.0.2.1",
      "Exit code: 0 done or nothing to do, 1 failed, 2 bad input or confirmation needed."
    })
public final class ActionCommand extends ConnectionScopedCommand implements Callable<Integer> {

  @Parameters(index = "1", paramLabel = "NAME", description = "The action, e.g. dns.create.")
  String name;

  @Option(
      names = "--param",
      paramLabel = "KEY=VALUE",
      description = "An input; repeat a key for a list (e.g. --param urls=... --param urls=...).")
  List<String> params = List.of();

  @Option(names = "--dry-run", description = "Print the plan; change nothing.")
  boolean dryRun;

  @Option(names = "--yes", description = "Confirm a destructive plan.")
  boolean yes;

  @Override
  public Integer call() {
    try (var useCases = storage.open(environment)) {
      var id = connection(useCases).id();
      try {
        var outcome =
            useCases
                .actions()
                .run(
                    storage.workspace,
                    id,
                    name,
                    inputs(),
                    dryRun,
                    yes,
                    new Caller("cli", System.getProperty("user.name", "cli")));
        if (format == Format.json) {
          Output.json(out(), ActionViews.outcome(outcome));
        } else {
          out().println(outcome.action() + ": " + outcome.status().id());
          outcome.plan().changes().forEach(change -> out().println("  " + change));
          if (outcome.plan().note() != null) {
            out().println("  " + outcome.plan().note());
          }
          if (outcome.result() != null) {
            out().println("  result: " + outcome.result());
          }
        }
        out().flush();
        return 0;
      } catch (ConfirmationRequiredException e) {
        var err = spec.commandLine().getErr();
        err.println("flarelink: " + name + " needs --yes; it would:");
        e.plan().changes().forEach(change -> err.println("  " + change));
        err.println("Nothing was changed.");
        err.flush();
        return ExitCodes.USAGE;
      }
    }
  }

  /** The --param values by key; a key given twice becomes a list. */
  private Map<String, Object> inputs() {
    var inputs = new LinkedHashMap<String, Object>();
    for (var param : params) {
      var eq = param.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--param takes KEY=VALUE, got " + param);
      }
      var key = param.substring(0, eq).strip();
      var value = param.substring(eq + 1);
      var previous = inputs.get(key);
      if (previous == null) {
        inputs.put(key, value);
      } else {
        var list = new ArrayList<String>();
        if (previous instanceof List<?> earlier) {
          earlier.forEach(item -> list.add(String.valueOf(item)));
        } else {
          list.add(String.valueOf(previous));
        }
        list.add(value);
        inputs.put(key, list);
      }
    }
    return inputs;
  }
}
