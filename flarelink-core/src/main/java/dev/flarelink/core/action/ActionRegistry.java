package dev.flarelink.core.action;

import dev.flarelink.core.action.actions.CachePurgeAction;
import dev.flarelink.core.action.actions.DnsBatchAction;
import dev.flarelink.core.action.actions.DnsCreateAction;
import dev.flarelink.core.action.actions.DnsDeleteAction;
import dev.flarelink.core.action.actions.DnsUpdateAction;
import dev.flarelink.core.action.actions.IpRuleCreateAction;
import dev.flarelink.core.action.actions.IpRuleDeleteAction;
import dev.flarelink.core.action.actions.ZoneSettingAction;
import dev.flarelink.core.connection.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The actions every face offers, by name. */
public final class ActionRegistry {

  private final Map<String, Action> actions = new LinkedHashMap<>();

  /** A registry of these actions. */
  public ActionRegistry(List<Action> actions) {
    actions.forEach(action -> this.actions.put(action.name(), action));
  }

  /** Every action Flarelink has. */
  public static ActionRegistry standard() {
    return new ActionRegistry(
        List.of(
            new DnsCreateAction(),
            new DnsUpdateAction(),
            new DnsDeleteAction(),
            new DnsBatchAction(),
            new CachePurgeAction(),
            new ZoneSettingAction(),
            new IpRuleCreateAction(),
            new IpRuleDeleteAction()));
  }

  /** Every action, in a stable order. */
  public List<Action> all() {
    return List.copyOf(actions.values());
  }

  /** The action with this name, or a refusal naming those that exist. */
  public Action get(String name) {
    var action = actions.get(name);
    if (action == null) {
      throw InvalidInputException.of(
          "action",
          "there is no action \""
              + name
              + "\"; the actions are "
              + String.join(", ", actions.keySet()));
    }
    return action;
  }
}
