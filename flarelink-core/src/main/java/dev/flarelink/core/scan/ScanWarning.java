package dev.flarelink.core.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a succeeded scan says beside its data. Either a part that could not be read while the rest
 * was (the scan is then partial): what was left out, why, and the permission that would let the
 * next scan read it; or a note on data read in full but stored differently from how Cloudflare sent
 * it (no permission: the scan is not partial), e.g. text holding NUL characters.
 *
 * @param part what was not read or was changed, e.g. {@code zone_settings}, {@code dns_records},
 *     {@code roles}, {@code two_factor_enforcement}, {@code audit_log}, {@code nul_characters}
 * @param reason why, as a person reads it (Cloudflare's explanation and what was kept)
 * @param permission the permission to give the credential, in the dashboard's words; {@code null}
 *     for a note on data that was read
 */
public record ScanWarning(String part, String reason, @Nullable String permission) {

  public ScanWarning {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(reason, "reason");
  }

  /** A note on data that was read in full but stored differently; the scan is not partial. */
  public static ScanWarning note(String part, String reason) {
    return new ScanWarning(part, reason, null);
  }

  /** Whether the warning says a part was not read (rather than noting how data was stored). */
  public boolean notRead() {
    return permission != null;
  }

  /** The warning as one sentence for a person. */
  public String describe() {
    return notRead() ? reason + " Give the credential the permission " + permission + "." : reason;
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
