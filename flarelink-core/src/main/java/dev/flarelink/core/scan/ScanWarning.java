package dev.flarelink.core.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A part of a scan that could not be read while the rest was: the scan still succeeds, and is
 * partial. Says what was left out, why, and the permission that would let the next scan read it.
 *
 * @param part what was not read, e.g. {@code zone_settings}, {@code dns_records}, {@code roles},
 *     {@code two_factor_enforcement}, {@code audit_log}
 * @param reason why, as a person reads it (Cloudflare's explanation and what was kept)
 * @param permission the permission to give the credential, in the dashboard's words
 */
public record ScanWarning(String part, String reason, String permission) {

  public ScanWarning {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(permission, "permission");
  }

  /** The warning as one sentence for a person. */
  public String describe() {
    return reason + " Give the credential the permission " + permission + ".";
  }

  /** {@code warnings} with {@code added} at the end, unless it is there already. */
  public static List<ScanWarning> with(List<ScanWarning> warnings, ScanWarning added) {
    if (warnings.contains(added)) {
      return warnings;
    }
    var out = new ArrayList<>(warnings);
    out.add(added);
    return List.copyOf(out);
  }
}
