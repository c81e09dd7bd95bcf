package dev.flarelink.core.catalogue;

/** Whether a resource belongs to the account or to one of its zones. */
public enum ResourceScope {
  /** Listed once per account, under {@code /accounts/{account_id}}. */
  ACCOUNT("account"),
  /** Listed per zone, under {@code /zones/{zone_id}}. */
  ZONE("zone");

  private final String id;

  ResourceScope(String id) {
    this.id = id;
  }

  /** The identifier used in JSON and on the command line. */
  public String id() {
    return id;
  }
}
