package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.model.HealthCheckInput;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.ActionParam;
import dev.flarelink.core.action.DescribedAction;
import dev.flarelink.core.action.Plan;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.WriteProbes;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.inventory.ZoneRefs;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Creates a standalone health check of an origin; one of the same name already there is kept. */
public final class HealthCheckCreateAction extends DescribedAction {

  /** The regions Cloudflare checks from. */
  static final List<String> REGIONS =
      List.of(
          "WNAM",
          "ENAM",
          "WEU",
          "EEU",
          "NSAM",
          "SSAM",
          "OC",
          "ME",
          "NAF",
          "SAF",
          "IN",
          "SEAS",
          "NEAS",
          "ALL_REGIONS");

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,255}");
  private static final Pattern ADDRESS =
      Pattern.compile(
          "([0-9]{1,3}(\\.[0-9]{1,3}){3})|([0-9a-fA-F:]*:[0-9a-fA-F:.]+)"
              + "|((?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z0-9-]{2,63})");

  /** The action, as every face offers it. */
  public HealthCheckCreateAction() {
    super(
        "health_check.create",
        Service.LOAD_BALANCING_WRITE,
        "Create a health check of an origin in a zone (HTTP, HTTPS or TCP). Idempotent: a"
            + " health check of the same name and address already there is kept.",
        List.of(
            ZoneParam.ZONE,
            ActionParam.required("name", "letters, digits, - and _, such as api-origin"),
            ActionParam.required("address", "the origin's IP address or host name"),
            ActionParam.optional(
                    "type", ActionParam.Type.STRING, "HTTP (the default), HTTPS or TCP")
                .oneOf(List.of("HTTP", "HTTPS", "TCP")),
            ActionParam.optional(
                "path", ActionParam.Type.STRING, "for HTTP(S): the path to ask, such as /health"),
            ActionParam.optional(
                "port", ActionParam.Type.INTEGER, "1 to 65535 (default 80, 443 or 22 by type)"),
            ActionParam.optional(
                "interval", ActionParam.Type.INTEGER, "seconds between checks, 5 to 3600 (60)"),
            ActionParam.optional(
                "timeout", ActionParam.Type.INTEGER, "seconds before a check fails, 1 to 10 (5)"),
            ActionParam.optional(
                "retries", ActionParam.Type.INTEGER, "retries before unhealthy, 0 to 5 (2)"),
            ActionParam.optional(
                "regions",
                ActionParam.Type.LIST,
                "regions to check from, such as WEU, ENAM (default: Cloudflare's choice)"),
            ActionParam.optional("description", ActionParam.Type.STRING, "a note")));
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    var check = check(input);
    var zone = ZoneRefs.resolve(client, connection, input.requiredText("zone"));
    var existing = HealthChecks.named(client, zone.zoneId(), check.name());
    Plan plan;
    if (existing.isPresent()) {
      var found = existing.get();
      if (!found.address().equalsIgnoreCase(check.address())
          || !found.type().equals(check.type())) {
        throw InvalidInputException.of(
            "name",
            "zone "
                + zone.name()
                + " already has a health check named "
                + check.name()
                + " ("
                + found.type()
                + " "
                + found.address()
                + ", "
                + found.id()
                + "); choose another name, or delete it with health_check.delete first");
      }
      plan =
          Plan.nothing(
              "Zone " + zone.name() + " already has this health check (" + found.id() + ")");
    } else {
      plan =
          Plan.of(
              List.of(
                  "create the "
                      + check.type()
                      + " health check "
                      + check.name()
                      + " of "
                      + check.address()
                      + (check.path() == null ? "" : check.path())
                      + (check.port() == null ? "" : " port " + check.port())
                      + " every "
                      + Objects.requireNonNullElse(check.interval(), 60)
                      + " s in "
                      + zone.name()),
              false);
    }
    return new Prepared<>(
        plan,
        () -> WriteProbes.healthChecks(client, zone.zoneId()),
        () ->
            HealthChecks.result(
                Writes.once(
                    () -> client.healthChecks().create(zone.zoneId(), check),
                    () -> HealthChecks.named(client, zone.zoneId(), check.name()))));
  }

  /** The input as a health check, refusing what Cloudflare would refuse. */
  private static HealthCheckInput check(ActionInput input) {
    var name = input.requiredText("name");
    if (!NAME.matcher(name).matches()) {
      throw InvalidInputException.of(
          "name", "may hold only letters, digits, hyphens and underscores; was " + name);
    }
    var address = input.requiredText("address");
    if (address.contains("/") || !ADDRESS.matcher(address).matches()) {
      throw InvalidInputException.of(
          "address",
          "must be an IP address or a host name such as origin.example.com, without scheme or"
              + " path; was "
              + address);
    }
    var type = Objects.requireNonNullElse(input.text("type"), "HTTP").toUpperCase(Locale.ROOT);
    var path = input.text("path");
    if (path != null && type.equals("TCP")) {
      throw InvalidInputException.of(
          "path", "a TCP health check only connects; give a path only for HTTP or HTTPS");
    }
    if (path != null && !path.startsWith("/")) {
      throw InvalidInputException.of("path", "must start with /, such as /health; was " + path);
    }
    var port = range("port", input.integer("port"), 1, 65_535);
    var interval = range("interval", input.integer("interval"), 5, 3600);
    var timeout = range("timeout", input.integer("timeout"), 1, 10);
    var retries = range("retries", input.integer("retries"), 0, 5);
    if (Objects.requireNonNullElse(timeout, 5) >= Objects.requireNonNullElse(interval, 60)) {
      throw InvalidInputException.of(
          "timeout", "must be shorter than the interval (" + interval + " s); was " + timeout);
    }
    var regions = input.list("regions").stream().map(r -> r.toUpperCase(Locale.ROOT)).toList();
    regions.stream()
        .filter(r -> !REGIONS.contains(r))
        .findFirst()
        .ifPresent(
            r -> {
              throw InvalidInputException.of(
                  "regions", "must be among " + String.join(", ", REGIONS) + "; not " + r);
            });
    return new HealthCheckInput(
        name,
        address,
        type,
        input.text("description"),
        type.equals("TCP") ? null : Objects.requireNonNullElse(path, "/"),
        port,
        interval,
        retries,
        timeout,
        regions);
  }

  private static @Nullable Integer range(String field, @Nullable Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw InvalidInputException.of(
          field, "must be from " + min + " to " + max + "; was " + value);
    }
    return value;
  }
}
