package dev.flarelink.cloudflare.model;

import java.util.List;

/**
 * A DNS batch. Cloudflare applies deletes, then patches, then puts, then posts, in one transaction.
 */
public record DnsBatch(
    List<RecordId> deletes,
    List<DnsRecordInput> patches,
    List<DnsRecordInput> puts,
    List<DnsRecordInput> posts) {

  public DnsBatch {
    deletes = deletes == null ? List.of() : List.copyOf(deletes);
    patches = patches == null ? List.of() : List.copyOf(patches);
    puts = puts == null ? List.of() : List.copyOf(puts);
    posts = posts == null ? List.of() : List.copyOf(posts);
  }

  /** A record reference by id. */
  public record RecordId(String id) {}

  /** What a batch did, as full records. */
  public record Result(
      List<DnsRecord> deletes,
      List<DnsRecord> patches,
      List<DnsRecord> puts,
      List<DnsRecord> posts) {

    public Result {
      deletes = deletes == null ? List.of() : List.copyOf(deletes);
      patches = patches == null ? List.of() : List.copyOf(patches);
      puts = puts == null ? List.of() : List.copyOf(puts);
      posts = posts == null ? List.of() : List.copyOf(posts);
    }
  }
}
