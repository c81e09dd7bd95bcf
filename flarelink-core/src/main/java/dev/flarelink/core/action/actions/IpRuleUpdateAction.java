package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.core.action.ActionInput;
import dev.flarelink.core.action.ActionParam;
import dev.flarelink.core.action.DescribedAction;
import dev.flarelink.core.action.Plan;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.WriteProbes;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.error.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Changes an IP access rule's mode or notes. Loosening it (block → a challenge → whitelist) lets
 * requests through that were stopped, so such a plan needs confirmation; tightening does not.
 */
public final class IpRuleUpdateAction extends DescribedAction {

  /** The modes a rule may take. */
  private static final List<String> MODES =
      List.of("whitelist", "js_challenge", "challenge", "managed_challenge", "block");

  /** The action, as every face offers it. */
  public IpRuleUpdateAction() {
    super(
        "ip_rule.update",
        Service.IP_ACCESS_RULES,
        "Change an IP access rule of the account (or a zone): its mode (block, challenge,"
            + " js_challenge, managed_challenge, whitelist) or notes. Loosening it (from block, or"
            + " to whitelist) needs confirmation.",
        List.of(
            ActionParam.required("id", "the rule's id"),
            ActionParam.optional("mode", ActionParam.Type.STRING, "the new mode").oneOf(MODES),
            ActionParam.optional("notes", ActionParam.Type.STRING, "new notes"),
            IpRules.ZONE));
  }

  /** How much a mode stops: whitelist nothing, a challenge whoever fails it, block everyone. */
  private static int strictness(String mode) {
    return switch (mode) {
      case "whitelist" -> 0;
      case "block" -> 2;
      default -> 1;
    };
  }

  @Override
  public Prepared<Map<String, Object>> prepare(
      CloudflareClient client, Connection connection, ActionInput input) {
    var id = input.requiredText("id");
    var mode = input.text("mode");
    var notes = input.text("notes");
    if (mode == null && notes == null) {
      throw InvalidInputException.of("mode", "give a new mode or new notes (or both)");
    }
    var where = IpRules.of(client, connection, input);
    // IpAccessRulesApi.list takes null for a filter it should not apply (its Javadoc says so) but
    // does not mark those parameters @Nullable.
    @SuppressWarnings("NullAway")
    var found =
        client.ipAccessRules().list(where.scope(), where.ownerId(), null, null, null).stream()
            .filter(r -> r.id().equals(id))
            .findFirst();
    var rule =
        found.orElseThrow(
            () ->
                new NotFoundException(
                    where.where()
                        + " has no IP access rule "
                        + id
                        + "; list the rules (resource type ip_access_rules) for their ids"
                        + (input.text("zone") == null ? ", and give zone for a zone's rule" : "")));
    var newMode = Objects.requireNonNullElse(mode, rule.mode());
    var oldNotes = Objects.requireNonNullElse(rule.notes(), "");
    var newNotes = Objects.requireNonNullElse(notes, oldNotes);
    var target = rule.configuration() == null ? "" : " for " + rule.configuration().value();
    var what = "the " + rule.mode() + " rule" + target + " (" + id + ") in " + where.where();
    var changes = new ArrayList<String>();
    if (!newMode.equals(rule.mode())) {
      changes.add("change " + what + " mode: " + rule.mode() + " → " + newMode);
    }
    if (!newNotes.equals(oldNotes)) {
      changes.add("change " + what + " notes: \"" + oldNotes + "\" → \"" + newNotes + "\"");
    }
    var looser = strictness(newMode) < strictness(rule.mode());
    var plan =
        changes.isEmpty()
            ? Plan.nothing(what + " already has this mode and these notes")
            : Plan.of(changes, looser);
    return new Prepared<>(
        plan,
        () -> WriteProbes.ipAccessRules(client, connection.accountId(), where.zoneId()),
        // A patch sets values, so sending it twice leaves the same rule.
        () ->
            Writes.result(
                client
                    .ipAccessRules()
                    .update(where.scope(), where.ownerId(), id, newMode, newNotes)));
  }
}
