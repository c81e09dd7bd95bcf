package dev.flarelink.cloudflare.api;

import static dev.flarelink.cloudflare.internal.ApiSupport.request;
import static dev.flarelink.cloudflare.internal.ApiSupport.segment;

import dev.flarelink.cloudflare.internal.ApiSupport;
import dev.flarelink.cloudflare.model.DnsBatch;
import dev.flarelink.cloudflare.model.DnsRecord;
import dev.flarelink.cloudflare.model.DnsRecordInput;
import dev.flarelink.cloudflare.paging.Paged;

/** A zone's DNS records; reading needs "DNS Read", writing "DNS Write". */
public final class DnsRecordsApi {

  /**
   * The page size the client asks for. The schema allows up to 5,000,000; 5,000 keeps each page's
   * decoding bounded in memory while needing few requests.
   */
  public static final int PER_PAGE = 5000;

  private final ApiSupport api;

  /** Made by {@code CloudflareClient}. */
  public DnsRecordsApi(ApiSupport api) {
    this.api = api;
  }

  /** Records matching the filters, 5,000 a page. */
  public Paged<DnsRecord> list(String zoneId, DnsRecordListParams params) {
    return api.list(
        request("GET", base(zoneId)).queryAll(params.query()).query("per_page", PER_PAGE).build(),
        DnsRecord.class,
        Paged.Style.PAGE);
  }

  /** One record. */
  public DnsRecord get(String zoneId, String recordId) {
    return api.call(
        request("GET", base(zoneId) + "/" + segment(recordId)).build(), DnsRecord.class);
  }

  /** Creates a record. Not retried once sent: a retried create could make a duplicate. */
  public DnsRecord create(String zoneId, DnsRecordInput record) {
    return api.send(request("POST", base(zoneId)), record, DnsRecord.class);
  }

  /** Replaces a record's fields ({@code PUT}). */
  public DnsRecord overwrite(String zoneId, String recordId, DnsRecordInput record) {
    return api.send(
        request("PUT", base(zoneId) + "/" + segment(recordId)), record, DnsRecord.class);
  }

  /** Changes the given fields of a record ({@code PATCH}); {@code null} fields stay. */
  public DnsRecord patch(String zoneId, String recordId, DnsRecordInput changes) {
    return api.send(
        request("PATCH", base(zoneId) + "/" + segment(recordId)), changes, DnsRecord.class);
  }

  /** Deletes a record and returns its id. */
  public String delete(String zoneId, String recordId) {
    return api.call(request("DELETE", base(zoneId) + "/" + segment(recordId)).build())
        .path("id")
        .asText(null);
  }

  /** Applies a batch: deletes, then patches, then puts, then posts, in one transaction. */
  public DnsBatch.Result batch(String zoneId, DnsBatch batch) {
    return api.send(request("POST", base(zoneId) + "/batch"), batch, DnsBatch.Result.class);
  }

  /** The zone's records as a BIND zone file. */
  public String export(String zoneId) {
    return api.text(
        request("GET", base(zoneId) + "/export").header("Accept", "text/plain").build());
  }

  private static String base(String zoneId) {
    return "/zones/" + segment(zoneId) + "/dns_records";
  }
}
