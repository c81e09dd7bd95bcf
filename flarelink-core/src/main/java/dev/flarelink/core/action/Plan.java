package dev.flarelink.core.action;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an action would change, worked out from the current state before anything is written.
 *
 * @param changes one line per change, e.g. {@code create A www.example.com 192.0.2.1}
 * @param destructive whether it removes or weakens something that cannot simply be undone, so that
 *     running it needs an explicit confirmation
 * @param note why nothing needs to change, or what else to know, or {@code null}
 */
public record Plan(List<String> changes, boolean destructive, @Nullable String note) {

  public Plan {
    changes = List.copyOf(changes);
  }

  /** A plan of these changes. */
  public static Plan of(List<String> changes, boolean destructive) {
    return new Plan(changes, destructive, null);
  }

  /** Nothing to change, and why. */
  public static Plan nothing(String why) {
    return new Plan(List.of(), false, why);
  }

  /** Whether there is nothing to change. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }
}
