package dev.flarelink.core.error;

/** A zone reference that names no zone of the connection's account. */
public final class ZoneNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** No zone {@code ref}; {@code fresh} tells whether Cloudflare or the inventory was asked. */
  public ZoneNotFoundException(String ref, boolean fresh) {
    super(
        fresh
            ? "Cloudflare has no zone '"
                + ref
                + "' in this connection's account that its credential can see; check the zone id"
                + " or name, and the token's zone resources."
            : "No zone '"
                + ref
                + "' in this connection's inventory. Check the zone id or name, run an inventory"
                + " scan if the zone is new, or ask Cloudflare directly with fresh=true.");
  }
}
