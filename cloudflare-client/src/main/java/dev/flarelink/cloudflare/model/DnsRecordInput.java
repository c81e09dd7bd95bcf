package dev.flarelink.cloudflare.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a DNS record to create, overwrite or patch. {@code null} fields are not sent, so
 * the same type serves a patch.
 *
 * @param id the record's id, only inside a batch's patches and puts
 */
public record DnsRecordInput(
    @Nullable String id,
    String type,
    String name,
    @Nullable String content,
    @Nullable Integer ttl,
    @Nullable Boolean proxied,
    @Nullable Integer priority,
    @Nullable String comment,
    @Nullable List<String> tags,
    @Nullable JsonNode data) {

  /** A record of this type, name and content with automatic TTL. */
  public static DnsRecordInput of(String type, String name, String content) {
    return new DnsRecordInput(null, type, name, content, 1, null, null, null, null, null);
  }

  /** A copy with this id, for batch patches and puts. */
  public DnsRecordInput withId(String recordId) {
    return new DnsRecordInput(
        recordId, type, name, content, ttl, proxied, priority, comment, tags, data);
  }

  /** A copy with this TTL. */
  public DnsRecordInput withTtl(int seconds) {
    return new DnsRecordInput(
        id, type, name, content, seconds, proxied, priority, comment, tags, data);
  }

  /** A copy with proxying set. */
  public DnsRecordInput withProxied(boolean value) {
    return new DnsRecordInput(id, type, name, content, ttl, value, priority, comment, tags, data);
  }

  /** A copy with this comment. */
  public DnsRecordInput withComment(String text) {
    return new DnsRecordInput(id, type, name, content, ttl, proxied, priority, text, tags, data);
  }

  /** A copy with this priority (MX, SRV, URI). */
  public DnsRecordInput withPriority(int value) {
    return new DnsRecordInput(id, type, name, content, ttl, proxied, value, comment, tags, data);
  }
}
