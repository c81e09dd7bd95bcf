package dev.flarelink.core.scan;

/** Why a scan ran. */
public enum ScanCause {
  /** Someone asked for it (REST, the web UI, the CLI). */
  MANUAL("manual"),
  /** An agent asked for it through the MCP {@code scan} tool. */
  MCP("mcp"),
  /** The schedule started or resumed it. */
  SCHEDULE("schedule");

  private final String id;

  ScanCause(String id) {
    this.id = id;
  }

  /** The identifier used in storage and JSON. */
  public String id() {
    return id;
  }
}
