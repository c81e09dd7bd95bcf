package dev.flarelink.cloudflare.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Filters and order for listing DNS records: every filter of {@code GET /zones/{id}/dns_records}.
 * Immutable; build with {@link #builder()}.
 */
public final class DnsRecordListParams {

  /** Every record, in Cloudflare's default order (type, ascending). */
  public static final DnsRecordListParams ALL = builder().build();

  private final Map<String, String> query;

  private DnsRecordListParams(Map<String, String> query) {
    this.query = Map.copyOf(query);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The query parameters, without paging. */
  public Map<String, String> query() {
    return query;
  }

  @Override
  public String toString() {
    return "DnsRecordListParams" + query;
  }

  /** Builds {@link DnsRecordListParams}. */
  public static final class Builder {
    private final Map<String, String> query = new LinkedHashMap<>();

    private Builder() {}

    /** Records of this type (A, AAAA, CNAME, MX, TXT, ...). */
    public Builder type(String type) {
      query.put("type", type);
      return this;
    }

    /** Records whose name matches. */
    public Builder name(TextMatch match) {
      query.put(key("name", match), match.value());
      return this;
    }

    /** Records whose content matches. */
    public Builder content(TextMatch match) {
      query.put(key("content", match), match.value());
      return this;
    }

    /** Records that are, or are not, proxied. */
    public Builder proxied(boolean proxied) {
      query.put("proxied", String.valueOf(proxied));
      return this;
    }

    /** Records whose comment matches. */
    public Builder comment(TextMatch match) {
      query.put(key("comment", match), match.value());
      return this;
    }

    private static String key(String field, TextMatch match) {
      return match.dnsKey(field);
    }

    /** Records that have a comment ({@code true}) or none ({@code false}). */
    public Builder hasComment(boolean present) {
      query.put(present ? "comment.present" : "comment.absent", "true");
      return this;
    }

    /** Records carrying a tag of this name. */
    public Builder tagPresent(String tagName) {
      query.put("tag.present", tagName);
      return this;
    }

    /** Records carrying a tag {@code name:value} that matches exactly. */
    public Builder tag(String tagName, String value) {
      query.put("tag.exact", tagName + ":" + value);
      return this;
    }

    /** {@code all} (default) or {@code any}: how filters other than tags combine. */
    public Builder match(String match) {
      query.put("match", match);
      return this;
    }

    /** {@code all} (default) or {@code any}: how tag filters combine. */
    public Builder tagMatch(String match) {
      query.put("tag_match", match);
      return this;
    }

    /** Order by {@code type}, {@code name}, {@code content}, {@code ttl} or {@code proxied}. */
    public Builder order(String field, String direction) {
      query.put("order", field);
      query.put("direction", direction);
      return this;
    }

    /** Any other parameter Cloudflare accepts. */
    public Builder extra(String name, String value) {
      query.put(name, value);
      return this;
    }

    /** The parameters. */
    public DnsRecordListParams build() {
      return new DnsRecordListParams(query);
    }
  }
}
