package dev.flarelink.simulator.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The simulated traffic of a zone: DNS queries by name, type and response code per hour, and HTTP
 * requests per hour by status and country. Every number is a pure function of the seed, the zone
 * and the hour, so any report over any range is the sum of the same hourly cells: REST and GraphQL
 * answers agree, and tests can compute the truth themselves.
 */
public final class TrafficModel {

  /** DNS query types the model produces. */
  public static final List<String> QUERY_TYPES = List.of("A", "AAAA", "CNAME", "MX", "TXT", "NS");

  /** DNS response codes the model produces. */
  public static final List<String> RESPONSE_CODES =
      List.of("NOERROR", "NXDOMAIN", "SERVFAIL", "REFUSED");

  /** HTTP statuses the model produces. */
  public static final List<Integer> STATUSES = List.of(200, 301, 304, 403, 404, 500, 502);

  /** Client countries the model produces. */
  public static final List<String> COUNTRIES =
      List.of("US", "DE", "GB", "FR", "JP", "BR", "IN", "NL");

  private static final int[] CODE_WEIGHT = {60, 12, 2, 1};
  private static final int[] TYPE_WEIGHT = {30, 12, 8, 4, 6, 2};
  private static final int[] STATUS_WEIGHT = {120, 10, 30, 6, 12, 2, 1};
  private static final int[] COUNTRY_WEIGHT = {40, 15, 12, 10, 8, 6, 6, 5};

  private final long seed;

  /** The model for a seed. */
  public TrafficModel(long seed) {
    this.seed = seed;
  }

  /** The query names a zone's DNS analytics speak of. */
  public static List<String> queryNames(String zoneName) {
    return List.of(
        zoneName, "www." + zoneName, "api." + zoneName, "mail." + zoneName, "missing." + zoneName);
  }

  /** DNS queries for one name, type and code in the hour starting at {@code hour}. */
  public long dnsQueries(String zoneId, String name, String type, String code, long hour) {
    var nameIndex =
        name.startsWith("missing.")
            ? 4
            : name.startsWith("www.")
                ? 1
                : name.startsWith("api.") ? 2 : name.startsWith("mail.") ? 3 : 0;
    var codeIndex = RESPONSE_CODES.indexOf(code);
    var typeIndex = QUERY_TYPES.indexOf(type);
    if (codeIndex < 0 || typeIndex < 0) {
      return 0;
    }
    var weight =
        (long) TYPE_WEIGHT[typeIndex]
            * (nameIndex == 4 ? (codeIndex == 1 ? 40 : 1) : CODE_WEIGHT[codeIndex]);
    return weight * (1 + noise(zoneId, name + type + code, hour, 5)) * diurnal(hour) / 4;
  }

  /** HTTP requests with one status from one country in the hour starting at {@code hour}. */
  public long httpRequests(String zoneId, int status, String country, long hour) {
    var statusIndex = STATUSES.indexOf(status);
    var countryIndex = COUNTRIES.indexOf(country);
    if (statusIndex < 0 || countryIndex < 0) {
      return 0;
    }
    return (long) STATUS_WEIGHT[statusIndex]
        * COUNTRY_WEIGHT[countryIndex]
        * (1 + noise(zoneId, status + country, hour, 4))
        * diurnal(hour)
        / 8;
  }

  /** Bytes served per request with this status (304s and errors are small). */
  public static long bytesPerRequest(int status) {
    return status == 200 ? 24_000 : status == 304 ? 300 : 1_200;
  }

  /** The share of requests with this status that the cache served, in percent. */
  public static int cachedPercent(int status) {
    return status == 200 ? 65 : status == 304 ? 100 : 0;
  }

  /** Threats (requests blocked or challenged) in the hour. */
  public long threats(String zoneId, long hour) {
    return noise(zoneId, "threats", hour, 20);
  }

  /** The hour index (hours since the epoch) of an instant. */
  public static long hourOf(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), 3600);
  }

  /** The first hour of a UTC day. */
  public static long hourOf(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toEpochSecond() / 3600;
  }

  /** The UTC date of an hour. */
  public static LocalDate dateOf(long hour) {
    return LocalDate.ofEpochDay(Math.floorDiv(hour, 24));
  }

  private static long diurnal(long hour) {
    var hourOfDay = Math.floorMod(hour, 24);
    return 2L + (hourOfDay >= 8 && hourOfDay <= 20 ? 3 : 0);
  }

  private long noise(String zoneId, String key, long hour, int bound) {
    long h =
        seed * 0x9E3779B97F4A7C15L
            ^ zoneId.hashCode() * 31L
            ^ key.hashCode() * 0xBF58476D1CE4E5B9L
            ^ hour * 0x94D049BB133111EBL;
    h ^= h >>> 31;
    h *= 0x7FB5D329728EA185L;
    h ^= h >>> 27;
    return Math.floorMod(h, bound);
  }
}
