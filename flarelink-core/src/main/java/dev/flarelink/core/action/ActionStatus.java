package dev.flarelink.core.action;

/** How an action run (or a recorded read) ended, as the audit trail keeps it. */
public enum ActionStatus {
  /** A dry run: the plan was worked out, nothing written. */
  PLANNED("planned"),
  /** There was nothing to do. */
  UNCHANGED("unchanged"),
  /** The plan was applied. */
  SUCCEEDED("succeeded"),
  /** Cloudflare refused or failed the change. */
  FAILED("failed"),
  /** Flarelink refused the run before writing (bad input, service off, confirmation missing). */
  REFUSED("refused"),
  /** A read made for a caller, answered. */
  READ("read");

  private final String id;

  ActionStatus(String id) {
    this.id = id;
  }

  /** The identifier used in storage and JSON. */
  public String id() {
    return id;
  }
}
