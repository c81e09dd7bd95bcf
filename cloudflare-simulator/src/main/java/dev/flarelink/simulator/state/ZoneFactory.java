package dev.flarelink.simulator.state;

import dev.flarelink.simulator.state.Entities.DnsRecord;
import dev.flarelink.simulator.state.Entities.Zone;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Generates zones with settings and DNS records of the common types. */
final class ZoneFactory {

  private static final String[] PLANS = {
    "Free Website", "Pro Website", "Business Website", "Enterprise Website"
  };
  private static final String[] SSL = {"off", "flexible", "full", "strict"};
  private static final String[] TLS = {"1.0", "1.1", "1.2", "1.3"};
  private static final String[] SECURITY = {
    "essentially_off", "low", "medium", "high", "under_attack"
  };
  private static final String[] TYPES = {
    "A", "A", "A", "AAAA", "CNAME", "TXT", "MX", "SRV", "CAA", "NS"
  };

  private final SimState state;
  private final SeedSpec spec;
  private final SplittableRandom random;
  private final Ids ids;
  private final Instant reference;

  ZoneFactory(SimState state, SeedSpec spec, SplittableRandom random, Ids ids, Instant reference) {
    this.state = state;
    this.spec = spec;
    this.random = random;
    this.ids = ids;
    this.reference = reference;
  }

  List<String> build(String accountId) {
    var zoneIds = new ArrayList<String>();
    for (int i = 0; i < spec.zones(); i++) {
      var name =
          Catalog.WORDS[i % Catalog.WORDS.length]
              + (i / Catalog.WORDS.length == 0 ? "" : String.valueOf(i / Catalog.WORDS.length))
              + "."
              + Catalog.TLDS[(i / 3) % Catalog.TLDS.length];
      var roll = random.nextInt(20);
      var status = roll < 17 ? "active" : roll < 19 ? "pending" : "moved";
      var created = reference.minus(Duration.ofDays(30 + random.nextInt(1500)));
      var zone =
          new Zone(
              ids.hex32(),
              accountId,
              name,
              status,
              roll == 16,
              "full",
              PLANS[random.nextInt(PLANS.length)],
              List.of("ada.ns.cloudflare.com", "bob.ns.cloudflare.com"),
              0,
              created,
              created.plus(Duration.ofDays(random.nextInt(30))),
              settings());
      state.zones.put(zone.id(), zone);
      zoneIds.add(zone.id());
      records(zone);
    }
    return zoneIds;
  }

  private Map<String, String> settings() {
    var settings = new LinkedHashMap<String, String>();
    settings.put("always_use_https", random.nextBoolean() ? "on" : "off");
    settings.put("automatic_https_rewrites", "on");
    settings.put("brotli", "on");
    settings.put("development_mode", "off");
    settings.put("http3", "on");
    settings.put("ipv6", "on");
    settings.put("min_tls_version", TLS[random.nextInt(TLS.length)]);
    settings.put("security_level", SECURITY[random.nextInt(SECURITY.length)]);
    settings.put("ssl", SSL[random.nextInt(SSL.length)]);
    settings.put("tls_1_3", random.nextInt(4) == 0 ? "zrt" : random.nextInt(5) == 0 ? "off" : "on");
    // The rest of what a full read returns, at their initial values (no draws: seeds stay stable).
    ZoneSettings.initial().forEach(settings::putIfAbsent);
    return settings;
  }

  private void records(Zone zone) {
    var list = state.records(zone.id());
    for (int i = 0; i < spec.recordsPerZone(); i++) {
      var type = i == 0 ? "A" : i == 1 ? "CNAME" : TYPES[random.nextInt(TYPES.length)];
      var name = i == 0 ? zone.name() : i == 1 ? "www." + zone.name() : "h" + i + "." + zone.name();
      String content;
      Integer priority = null;
      Map<String, Object> data = null;
      switch (type) {
        case "A" ->
            content =
                random.nextInt(10) == 0 ? "192.168.1.1" : "203.0.113." + (1 + random.nextInt(254));
        case "AAAA" -> content = "2001:db8::" + Integer.toHexString(1 + random.nextInt(65535));
        case "CNAME" ->
            content = i == 1 ? zone.name() : "origin" + random.nextInt(9) + ".example.net";
        case "TXT" -> content = "\"v=spf1 include:_spf.example.net ~all\"";
        case "MX" -> {
          content = "mx" + random.nextInt(3) + ".example.net";
          priority = 10 * (1 + random.nextInt(5));
        }
        case "NS" -> content = "ns" + random.nextInt(3) + ".example.org";
        case "SRV" -> {
          priority = 10;
          data = Map.of("priority", 10, "weight", 5, "port", 5060, "target", "sip.example.net");
          name = "_sip._tcp.h" + i + "." + zone.name();
          content = "5 5060 sip.example.net";
        }
        default -> {
          data = Map.of("flags", 0, "tag", "issue", "value", "letsencrypt.org");
          content = "0 issue \"letsencrypt.org\"";
        }
      }
      var proxiable = DnsRecord.isProxiable(type);
      var created = reference.minus(Duration.ofDays(1 + random.nextInt(700)));
      list.add(
          new DnsRecord(
              ids.hex32(),
              zone.id(),
              name,
              type,
              content,
              priority,
              data,
              proxiable && random.nextBoolean(),
              random.nextInt(3) == 0 ? 300 : 1,
              random.nextInt(6) == 0 ? "managed by terraform" : null,
              random.nextInt(5) == 0 ? List.of("env:prod") : List.of(),
              created,
              created));
    }
  }
}
