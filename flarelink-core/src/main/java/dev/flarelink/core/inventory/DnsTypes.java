package dev.flarelink.core.inventory;

import dev.flarelink.core.error.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The DNS record types Cloudflare serves, and which of them it can proxy. */
public final class DnsTypes {

  /** Every record type, as Cloudflare's API names them. */
  public static final List<String> ALL =
      List.of(
          "A",
          "AAAA",
          "CAA",
          "CERT",
          "CNAME",
          "DNSKEY",
          "DS",
          "HTTPS",
          "LOC",
          "MX",
          "NAPTR",
          "NS",
          "OPENPGPKEY",
          "PTR",
          "SMIMEA",
          "SRV",
          "SSHFP",
          "SVCB",
          "TLSA",
          "TXT",
          "URI");

  /** The types Cloudflare can proxy. */
  public static final List<String> PROXIABLE = List.of("A", "AAAA", "CNAME");

  private DnsTypes() {}

  /** The type written in any case, checked; {@code null} when blank. */
  public static @Nullable String parse(String field, @Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    var type = raw.strip().toUpperCase(Locale.ROOT);
    if (!ALL.contains(type)) {
      throw InvalidInputException.of(
          field, "unknown record type " + raw.strip() + "; use one of " + String.join(", ", ALL));
    }
    return type;
  }
}
