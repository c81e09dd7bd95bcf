package dev.flarelink.core.action.actions;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.api.DnsRecordListParams;
import dev.flarelink.cloudflare.api.TextMatch;
import dev.flarelink.cloudflare.error.CloudflareException;
import dev.flarelink.cloudflare.error.MalformedResponseException;
import dev.flarelink.cloudflare.error.RateLimitedException;
import dev.flarelink.cloudflare.error.ServerErrorException;
import dev.flarelink.cloudflare.error.TransportException;
import dev.flarelink.cloudflare.model.DnsRecord;
import dev.flarelink.cloudflare.model.IpAccessRule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** What the DNS actions share: finding a record by its content, and writing without doubt. */
final class Writes {

  private Writes() {}

  /** A record as an action's result: plain values only, ready for any face. */
  static Map<String, Object> result(DnsRecord record) {
    var out = new LinkedHashMap<String, Object>();
    out.put("id", record.id());
    out.put("type", record.type());
    out.put("name", record.name());
    out.put("content", record.content());
    out.put("ttl", record.ttl());
    out.put("proxied", record.proxied());
    out.put("comment", record.comment());
    out.put("modified_on", record.modifiedOn() == null ? null : record.modifiedOn().toString());
    return out;
  }

  /** An IP access rule as an action's result. */
  static Map<String, Object> result(IpAccessRule rule) {
    var out = new LinkedHashMap<String, Object>();
    out.put("id", rule.id());
    out.put("mode", rule.mode());
    out.put("target", rule.configuration() == null ? null : rule.configuration().target());
    out.put("value", rule.configuration() == null ? null : rule.configuration().value());
    out.put("notes", rule.notes());
    return out;
  }

  /** The zone's record of this type, name and content, if there is one. */
  static Optional<DnsRecord> find(
      CloudflareClient client, String zoneId, String type, String name, String content) {
    return client
        .dnsRecords()
        .list(
            zoneId,
            DnsRecordListParams.builder()
                .type(type)
                .name(TextMatch.exact(name))
                .content(TextMatch.exact(content))
                .build())
        .stream()
        .filter(r -> r.content() != null && r.content().equalsIgnoreCase(content))
        .findFirst();
  }

  /** The zone's record of this type and name whose {@code data} holds these parts (SRV, CAA). */
  static Optional<DnsRecord> findData(
      CloudflareClient client, String zoneId, String type, String name, DnsData data) {
    return client
        .dnsRecords()
        .list(zoneId, DnsRecordListParams.builder().type(type).name(TextMatch.exact(name)).build())
        .stream()
        .filter(r -> data.matches(r.data()))
        .findFirst();
  }

  /**
   * Whether a write may have happened although it failed: the request was sent and the answer was
   * lost or broken. A refusal (4xx, including a rate limit) means nothing happened.
   */
  static boolean inDoubt(CloudflareException e) {
    return e instanceof TransportException
        || e instanceof ServerErrorException
        || e instanceof MalformedResponseException;
  }

  /**
   * Runs a write that must not happen twice: when its outcome is in doubt, {@code applied} looks at
   * Cloudflare's state; if the write shows there, that is the result, and if not, it is tried once
   * more.
   */
  static <T> T once(Supplier<T> write, Supplier<Optional<T>> applied) {
    try {
      return write.get();
    } catch (CloudflareException e) {
      if (!inDoubt(e) && !(e instanceof RateLimitedException)) {
        throw e;
      }
      var found = applied.get();
      if (found.isPresent()) {
        return found.get();
      }
      return write.get();
    }
  }
}
