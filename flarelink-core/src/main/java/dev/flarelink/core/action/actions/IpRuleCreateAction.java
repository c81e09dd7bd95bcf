package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.model.IpAccessRule;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.ActionParam;
import dev.flarelink.core.action.DescribedAction;
import dev.flarelink.core.action.Plan;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.WriteProbes;
import dev.flarelink.core.error.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Creates an IP access rule (block, challenge or allow an IP, range, ASN or country). */
public final class IpRuleCreateAction extends DescribedAction {

  private static final Pattern IPV4 = Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}");

  /** The action, as every face offers it. */
  public IpRuleCreateAction() {
    super(
        "ip_rule.create",
        Service.IP_ACCESS_RULES,
        "Create an IP access rule for the account (or a zone): block, challenge, js_challenge,"
            + " managed_challenge or whitelist an ip, ip_range, asn or country. A rule for the same"
            + " target already there is kept.",
        List.of(
            ActionParam.required("mode", "what to do with matching requests")
                .oneOf(
                    List.of(
                        "block", "challenge", "js_challenge", "managed_challenge", "whitelist")),
            ActionParam.required("target", "what to match")
                .oneOf(List.of("ip", "ip_range", "asn", "country")),
            ActionParam.required("value", "e.g. 198.51.100.4, 198.51.100.0/24, AS13335 or NL"),
            ActionParam.optional("notes", ActionParam.Type.STRING, "why the rule exists"),
            IpRules.ZONE));
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    var target = input.requiredText("target");
    var value = input.requiredText("value");
    check(target, value);
    var mode = input.requiredText("mode");
    var where = IpRules.of(client, connection, input);
    // IpAccessRulesApi.list takes null for a filter it should not apply (its Javadoc says so) but
    // does not mark those parameters @Nullable.
    @SuppressWarnings("NullAway")
    Optional<IpAccessRule> existing =
        client.ipAccessRules().list(where.scope(), where.ownerId(), null, target, value).stream()
            .filter(
                r -> r.configuration() != null && value.equalsIgnoreCase(r.configuration().value()))
            .findFirst();
    if (existing.isPresent() && !existing.get().mode().equals(mode)) {
      throw InvalidInputException.of(
          "value",
          where.where()
              + " already has a "
              + existing.get().mode()
              + " rule for "
              + value
              + " ("
              + existing.get().id()
              + "); delete it first with ip_rule.delete to make it "
              + mode);
    }
    var plan =
        existing.isPresent()
            ? Plan.nothing(where.where() + " already has this rule (" + existing.get().id() + ")")
            : Plan.of(List.of(mode + " " + target + " " + value + " in " + where.where()), false);
    return new Prepared<>(
        plan,
        () -> WriteProbes.ipAccessRules(client, connection.accountId(), where.zoneId()),
        () ->
            Writes.result(
                Writes.once(
                    () ->
                        client
                            .ipAccessRules()
                            .create(
                                where.scope(),
                                where.ownerId(),
                                mode,
                                target,
                                value,
                                // The API sends no notes as "" too.
                                Objects.requireNonNullElse(input.text("notes"), "")),
                    () ->
                        client
                            .ipAccessRules()
                            .list(where.scope(), where.ownerId(), mode, target, value)
                            .stream()
                            .findFirst())));
  }

  private static void check(String target, String value) {
    var ok =
        switch (target) {
          case "ip" -> IPV4.matcher(value).matches() || value.contains(":");
          case "ip_range" ->
              value.matches("[0-9.]+/(16|24)") || value.matches("[0-9a-fA-F:]+/(32|48|64)");
          case "asn" -> value.matches("(?i)(AS)?\\d{1,10}");
          default -> value.matches("[A-Za-z]{2}|T1");
        };
    if (!ok) {
      var expected =
          switch (target) {
            case "ip" -> "an IP address such as 198.51.100.4";
            case "ip_range" -> "an IPv4 /16 or /24, or an IPv6 /32, /48 or /64 range";
            case "asn" -> "an AS number such as AS13335";
            default -> "a two-letter country code such as NL";
          };
      throw InvalidInputException.of(
          "value", "must be " + expected + " for target " + target + ", was " + value);
    }
  }
}
