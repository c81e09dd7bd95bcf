package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.model.Pool;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.ActionParam;
import dev.flarelink.core.action.DescribedAction;
import dev.flarelink.core.action.Plan;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.WriteProbes;
import dev.flarelink.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Disables (drains) or enables one origin of a load balancing pool, keeping the others as they are.
 * Disabling the last enabled origin, or going below the pool's {@code minimum_origins}, takes the
 * pool out of service, so it needs confirmation.
 */
public final class PoolOriginAction extends DescribedAction {

  private final boolean enable;

  private PoolOriginAction(boolean enable, String name, String description) {
    super(
        name,
        Service.LOAD_BALANCING_WRITE,
        description,
        List.of(
            ActionParam.required("pool", "the pool's id or name"),
            ActionParam.required("origin", "the origin's name or address")));
    this.enable = enable;
  }

  /** {@code pool.origin.disable}. */
  public static PoolOriginAction disable() {
    return new PoolOriginAction(
        false,
        "pool.origin.disable",
        "Disable one origin of a load balancing pool, so that no new traffic goes to it (drain"
            + " it in an incident). Disabling the last enabled origin, or leaving fewer enabled"
            + " than the pool's minimum_origins, takes the pool out of service: destructive,"
            + " needs confirmation. An origin already disabled is left as it is.");
  }

  /** {@code pool.origin.enable}. */
  public static PoolOriginAction enable() {
    return new PoolOriginAction(
        true,
        "pool.origin.enable",
        "Enable one origin of a load balancing pool again. An origin already enabled is left as"
            + " it is.");
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    var account = connection.accountId();
    var pool = pool(client, account, input.requiredText("pool"));
    var origin = origin(pool, input.requiredText("origin"));
    var label = "origin " + origin.name() + " (" + origin.address() + ") of pool " + pool.name();
    if (origin.isEnabled() == enable) {
      return new Prepared<>(
          Plan.nothing(label + " is already " + (enable ? "enabled" : "disabled")),
          () -> {},
          () -> result(pool, origin.name()));
    }
    var enabledAfter =
        pool.origins().stream().filter(Pool.Origin::isEnabled).count() + (enable ? 1 : -1);
    var minimum = Objects.requireNonNullElse(pool.minimumOrigins(), 1);
    var change =
        (enable ? "enable " : "disable ")
            + label
            + ": "
            + (enable ? "disabled → enabled" : "enabled → disabled");
    var changes = new ArrayList<String>();
    changes.add(change);
    String note;
    var destructive = false;
    if (!enable && enabledAfter == 0) {
      destructive = true;
      note =
          "it is the last enabled origin of "
              + pool.name()
              + ": the pool goes out of service and its load balancers fail over to other pools,"
              + " or fail";
    } else if (!enable && enabledAfter < minimum) {
      destructive = true;
      note =
          "the pool would have "
              + enabledAfter
              + " enabled origins, below its minimum_origins of "
              + minimum
              + ": it becomes unhealthy and its load balancers fail over to other pools";
    } else {
      note =
          pool.name()
              + " would have "
              + enabledAfter
              + " enabled origins (minimum "
              + minimum
              + ")";
    }
    return new Prepared<>(
        new Plan(changes, destructive, note),
        () -> WriteProbes.pools(client, account),
        () -> {
          // Read again just before the write, so a change made since the plan is kept.
          var fresh = client.loadBalancers().pool(account, pool.id());
          var origins =
              fresh.origins().stream()
                  .map(o -> o.name().equals(origin.name()) ? o.withEnabled(enable) : o)
                  .toList();
          return result(
              client.loadBalancers().patchOrigins(account, pool.id(), origins), origin.name());
        });
  }

  private static Pool pool(CloudflareClient client, String account, String ref) {
    var pools = client.loadBalancers().pools(account).toList();
    return pools.stream()
        .filter(p -> p.id().equals(ref) || p.name().equalsIgnoreCase(ref))
        .findFirst()
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "pool",
                    "the account has no pool "
                        + ref
                        + (pools.isEmpty()
                            ? " (it has no pools)"
                            : "; its pools are "
                                + String.join(
                                    ", ", pools.stream().limit(20).map(Pool::name).toList()))));
  }

  private static Pool.Origin origin(Pool pool, String ref) {
    var byName = pool.origins().stream().filter(o -> o.name().equalsIgnoreCase(ref)).toList();
    var matches =
        byName.isEmpty()
            ? pool.origins().stream().filter(o -> o.address().equalsIgnoreCase(ref)).toList()
            : byName;
    if (matches.size() == 1) {
      return matches.get(0);
    }
    var names = pool.origins().stream().map(o -> o.name() + " (" + o.address() + ")").toList();
    throw InvalidInputException.of(
        "origin",
        matches.isEmpty()
            ? "pool "
                + pool.name()
                + " has no origin "
                + ref
                + "; its origins are "
                + String.join(", ", names)
            : "several origins of pool "
                + pool.name()
                + " have the address "
                + ref
                + "; give the origin's name: "
                + String.join(", ", names));
  }

  private static Map<String, Object> result(Pool pool, String originName) {
    var out = new LinkedHashMap<String, Object>();
    out.put("pool", pool.name());
    out.put("pool_id", pool.id());
    out.put("origin", originName);
    out.put(
        "enabled",
        pool.origins().stream()
            .filter(o -> o.name().equals(originName))
            .findFirst()
            .map(Pool.Origin::isEnabled)
            .orElse(false));
    out.put("enabled_origins", pool.origins().stream().filter(Pool.Origin::isEnabled).count());
    return out;
  }
}
