package dev.flarelink.core.action;

import dev.flarelink.core.error.InvalidInputException;
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
