package dev.flarelink.cloudflare.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Page Rule of a zone: settings or a redirect applied to the URLs one pattern matches.
 *
 * @param targets the URL pattern, as Cloudflare's one-target list
 * @param actions what the rule does, in order
 * @param priority a higher number wins over a lower one
 * @param status {@code active} or {@code disabled}
 */
public record PageRule(
    String id,
    List<Target> targets,
    List<Action> actions,
    int priority,
    String status,
    @Nullable Instant createdOn,
    @Nullable Instant modifiedOn) {

  public PageRule {
    targets = targets == null ? List.of() : List.copyOf(targets);
    actions = actions == null ? List.of() : List.copyOf(actions);
  }

  /** The URL pattern of the first target, or {@code null} when there is none. */
  public @Nullable String url() {
    return targets.isEmpty() ? null : targets.getFirst().constraint().value();
  }

  /**
   * What a rule matches.
   *
   * @param target always {@code url}
   */
  public record Target(String target, Constraint constraint) {

    /** A target matching URLs against a pattern with {@code *} wildcards. */
    public static Target url(String pattern) {
      return new Target("url", new Constraint("matches", pattern));
    }
  }

  /**
   * How a target matches.
   *
   * @param operator {@code matches}, {@code contains}, {@code equals}, {@code not_equal} or {@code
   *     not_contain}
   */
  public record Constraint(String operator, String value) {}

  /**
   * One thing a rule does.
   *
   * @param id e.g. {@code cache_level}, {@code forwarding_url}, {@code always_use_https}
   * @param value its value (text, a number or an object), or {@code null} for a switch-like action
   */
  public record Action(String id, @Nullable JsonNode value) {}
}
