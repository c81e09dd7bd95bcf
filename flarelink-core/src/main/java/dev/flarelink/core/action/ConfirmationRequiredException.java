package dev.flarelink.core.action;

/** A destructive action asked to run without its explicit confirmation; nothing was changed. */
public final class ConfirmationRequiredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Plan plan;

  /** The plan that needs confirming. */
  public ConfirmationRequiredException(String action, Plan plan) {
    super(
        action
            + " would "
            + String.join("; ", plan.changes())
            // The note says why it needs confirming (the last origin of a pool, a weaker setting).
            + (plan.note() == null ? "" : " (" + plan.note() + ")")
            + ". This cannot simply be undone, so confirm it: send \"confirm\": true (REST, MCP)"
            + " or --yes (CLI). Nothing was changed.");
    this.plan = plan;
  }

  /** What would change. */
  public Plan plan() {
    return plan;
  }
}
