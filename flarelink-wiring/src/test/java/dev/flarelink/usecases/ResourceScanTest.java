package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.http.CloudflareRequest;
import dev.flarelink.cloudflare.retry.Sleeper;
import dev.flarelink.core.catalogue.ResourceCatalogue;
import dev.flarelink.core.catalogue.ResourceEntry;
import dev.flarelink.core.connection.ServiceNotEnabledException;
import dev.flarelink.core.error.NotFoundException;
import dev.flarelink.core.error.ZoneNotFoundException;
import dev.flarelink.core.inventory.InventoryChange;
import dev.flarelink.core.inventory.InventoryQueries;
import dev.flarelink.core.inventory.InventoryScanner;
import dev.flarelink.core.inventory.ResourceQueries;
import dev.flarelink.core.inventory.ResourceQueries.TypeStatus;
import dev.flarelink.core.scan.ScanCause;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanService;
import dev.flarelink.core.scan.ScanSession;
import dev.flarelink.core.scan.ScanState;
import dev.flarelink.core.scan.ScanWarning;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.store.Database;
import dev.flarelink.store.JdbcInventoryStore;
import dev.flarelink.store.JdbcResourceStore;
import dev.flarelink.store.JdbcScanStore;
import dev.flarelink.store.TestDatabases;
import dev.flarelink.testkit.TestConnections;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The resource catalogue scanned by inventory scans against the simulator's ground truth, on both
 * databases: every type imported in full, rescans that change nothing write nothing, changes in
 * Cloudflare found with the fields that changed, refusals kept as warnings.
 */
class ResourceScanTest {

  /** 12 zones of 5 records; the security and traffic configuration grows with the zones. */
  static final SimulatorOptions OPTIONS =
      SimulatorOptions.defaults()
          .withSeed(new SeedSpec(13, 5, 0, 0, 12, 5, 0))
          .withRateLimit(100_000, Duration.ofMinutes(5));

  static final List<String> SERVICES =
      List.of("inventory", "security_rules", "certificates", "load_balancing");

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension(OPTIONS);

  @TempDir Path dir;

  record Setup(
      JdbcResourceStore store,
      ScanService service,
      ResourceQueries resources,
      InventoryQueries inventory,
      String connectionId)
      implements AutoCloseable {

    ScanState scan() {
      return service.await(
          service.request("w", connectionId, ScanKind.INVENTORY, ScanCause.MANUAL).id(), s -> {});
    }

    Map<String, Integer> totals() {
      return new TreeMap<>(store.totals(connectionId));
    }

    List<ResourceEntry> all(String type) {
      return resources
          .items(
              "w", connectionId, ResourceCatalogue.named("type", type), null, null, 1, 1000, false)
          .items();
    }

    @Override
    public void close() {
      service.close();
    }
  }

  static Setup setup(Database database, CloudflareSimulator sim, String credential) {
    var saved = TestConnections.save(database, sim, credential, SERVICES);
    var connections = saved.connections();
    var inventory = new JdbcInventoryStore(database);
    var resources = new JdbcResourceStore(database);
    var scans = new JdbcScanStore(database);
    var scanner =
        new InventoryScanner(
            new ScanSession(
                connections, scans, c -> TestConnections.roomyClient(sim, c), Clock.systemUTC()),
            inventory,
            resources);
    var service =
        new ScanService(
            connections,
            scans,
            List.of(scanner),
            Clock.systemUTC(),
            Sleeper.system(),
            TestConnections::newId);
    var queries =
        new ResourceQueries(
            connections, inventory, resources, c -> TestConnections.roomyClient(sim, c).build());
    var inventoryQueries =
        new InventoryQueries(
            connections, inventory, scans, c -> TestConnections.roomyClient(sim, c).build());
    return new Setup(resources, service, queries, inventoryQueries, saved.connection().id());
  }

  /** What the simulator says a full read lists, for the catalogue's types. */
  static Map<String, Integer> truth(CloudflareSimulator sim) {
    try {
      var state = JSON.readTree(sim.stateJson()).get("resources");
      var out = new TreeMap<String, Integer>();
      for (var type : ResourceCatalogue.types()) {
        var count = state.path(type.name()).asInt(0);
        if (count > 0) {
          out.put(type.name(), count);
        }
      }
      return out;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode send(CloudflareSimulator sim, String method, String path, String body) {
    var key = sim.state().read(s -> s.credential("global-key"));
    try (var client =
        CloudflareClient.builder()
            .baseUrl(sim.baseUrl())
            .credential(Credential.globalApiKey(key.secret(), key.email()))
            .build()) {
      var request = CloudflareRequest.builder(method, path);
      if (body != null) {
        request.jsonBody(body.getBytes(StandardCharsets.UTF_8));
      }
      return client.request(request.build()).result();
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void importsEveryTypeInFull_andARescanWritesNothing(Database.Kind kind, CloudflareSimulator sim)
      throws Exception {
    try (var opened = TestDatabases.open(kind, dir);
        var setup = setup(opened.database(), sim, "account-token")) {
      var scan = setup.scan();

      assertThat(scan.state()).isEqualTo("succeeded");
      assertThat(scan.warnings()).isEmpty();
      var truth = truth(sim);
      assertThat(truth.keySet())
          .as("the simulator seeds every type at this size")
          .containsAll(ResourceCatalogue.types().stream().map(t -> t.name()).toList());
      assertThat(setup.totals()).isEqualTo(truth);

      var statuses =
          setup.resources.types("w", setup.connectionId).stream()
              .collect(Collectors.toMap(s -> s.type().name(), s -> s));
      assertThat(statuses.values()).allMatch(TypeStatus::available).allMatch(TypeStatus::enabled);
      assertThat(statuses.values()).allMatch(s -> s.scannedAt() != null && s.reason() == null);
      assertThat(statuses.get("page_rules").total()).isEqualTo(truth.get("page_rules"));

      // Nothing changed in Cloudflare: the rescan records no change.
      var since = Instant.now();
      var again = setup.scan();
      assertThat(again.state()).isEqualTo("succeeded");
      assertThat(setup.inventory.changes("w", setup.connectionId, since, null, 10_000)).isEmpty();
      assertThat(setup.totals()).isEqualTo(truth);

      // What is stored is Cloudflare's whole document, as a fresh read gives it.
      var pool = setup.all("load_balancer_pools").get(0);
      var fresh =
          setup.resources.item(
              "w",
              setup.connectionId,
              ResourceCatalogue.LOAD_BALANCER_POOLS,
              pool.resourceId(),
              null,
              true);
      assertThat(JSON.readTree(fresh.document())).isEqualTo(JSON.readTree(pool.document()));
      assertThat(JSON.readTree(pool.parts()).has("health")).isTrue();
      var ruleset =
          setup.all("rulesets").stream()
              .filter(r -> r.zoned())
              .filter(r -> "http_request_firewall_custom".equals(r.fields().get("phase")))
              .findFirst()
              .orElseThrow();
      assertThat(JSON.readTree(ruleset.document()).get("rules").size())
          .as("rulesets are read whole, with their rules")
          .isEqualTo(Integer.parseInt(ruleset.fields().get("rules")))
          .isPositive();
      assertThat(ruleset.zoneName()).isNotEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void findsChangesWithTheFieldsThatChanged(Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir);
        var setup = setup(opened.database(), sim, "account-token")) {
      setup.scan();
      var ruleset =
          setup.all("rulesets").stream()
              .filter(r -> r.zoned())
              .filter(r -> "http_request_firewall_custom".equals(r.fields().get("phase")))
              .filter(r -> !r.fields().get("disabled_rules").equals(r.fields().get("rules")))
              .findFirst()
              .orElseThrow();
      var document = readTree(ruleset.document());
      String ruleId = null;
      for (var rule : document.get("rules")) {
        if (rule.path("enabled").asBoolean(true)) {
          ruleId = rule.get("id").asText();
          break;
        }
      }
      var pageRule = setup.all("page_rules").get(0);
      send(
          sim,
          "PATCH",
          "/zones/" + ruleset.zoneId() + "/rulesets/" + ruleset.resourceId() + "/rules/" + ruleId,
          "{\"enabled\": false}");
      send(
          sim,
          "DELETE",
          "/zones/" + pageRule.zoneId() + "/pagerules/" + pageRule.resourceId(),
          null);
      var since = Instant.now();

      var scan = setup.scan();

      assertThat(scan.state()).isEqualTo("succeeded");
      var changes = setup.inventory.changes("w", setup.connectionId, since, null, 1000);
      var disabledBefore = Integer.parseInt(ruleset.fields().get("disabled_rules"));
      assertThat(changes)
          .filteredOn(c -> c.subject().equals("rulesets"))
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.change()).isEqualTo("changed");
                assertThat(c.subjectId()).isEqualTo(ruleset.resourceId());
                assertThat(c.zoneName()).isEqualTo(ruleset.zoneName());
                assertThat(c.detail())
                    .contains("disabled_rules: " + disabledBefore + " → " + (disabledBefore + 1));
              });
      assertThat(changes)
          .filteredOn(c -> c.subject().equals("page_rules"))
          .extracting(InventoryChange::change, InventoryChange::subjectId)
          .containsExactly(tuple("removed", pageRule.resourceId()));
      assertThat(setup.totals()).isEqualTo(truth(sim));
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void whatTheCredentialMayNotReadIsAWarningNamingThePermission(
      Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir);
        var setup = setup(opened.database(), sim, "zone-dns-read-only")) {
      var scan = setup.scan();

      assertThat(scan.state()).isEqualTo("succeeded");
      assertThat(scan.partial()).isTrue();
      assertThat(scan.warnings())
          .extracting(ScanWarning::part)
          .contains("rulesets", "page_rules", "certificate_packs", "load_balancer_pools");
      assertThat(scan.warnings())
          .extracting(ScanWarning::permission)
          .contains(
              "Zone → Page Rules → Read",
              "Account → Load Balancing: Monitors and Pools → Read",
              "Zone → SSL and Certificates → Read");
      assertThat(setup.totals()).isEmpty();
      var pageRules =
          setup.resources.types("w", setup.connectionId).stream()
              .filter(s -> s.type().name().equals("page_rules"))
              .findFirst()
              .orElseThrow();
      assertThat(pageRules.available()).isFalse();
      assertThat(pageRules.permission()).isEqualTo("Zone → Page Rules → Read");
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void queriesFilterByZoneAndWords_andSayWhatIsMissing(
      Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir);
        var setup = setup(opened.database(), sim, "account-token")) {
      setup.scan();
      var type = ResourceCatalogue.CERTIFICATE_PACKS;
      var all = setup.all("certificate_packs");
      var zone = all.get(0).zoneName();
      var inZone =
          setup.resources.items("w", setup.connectionId, type, zone, null, 1, 100, false).items();
      assertThat(inZone).isNotEmpty().allMatch(e -> e.zoneName().equals(zone));
      assertThat(inZone).isEqualTo(all.stream().filter(e -> e.zoneName().equals(zone)).toList());
      var freshInZone =
          setup.resources.items("w", setup.connectionId, type, zone, null, 1, 100, true).items();
      assertThat(freshInZone)
          .extracting(ResourceEntry::resourceId)
          .containsExactlyElementsOf(inZone.stream().map(ResourceEntry::resourceId).toList());

      var universal =
          setup.resources.items("w", setup.connectionId, type, null, "UNIVERSAL", 1, 1000, false);
      assertThat(universal.items())
          .isNotEmpty()
          .allMatch(e -> "universal".equals(e.fields().get("type")));
      var paged = setup.resources.items("w", setup.connectionId, type, null, null, 2, 3, false);
      assertThat(paged.items()).isEqualTo(all.subList(3, Math.min(6, all.size())));
      assertThat(paged.total()).isEqualTo(all.size());

      assertThatThrownBy(
              () ->
                  setup.resources.items(
                      "w", setup.connectionId, type, "nowhere.example", null, 1, 10, false))
          .isInstanceOf(ZoneNotFoundException.class);
      assertThatThrownBy(
              () ->
                  setup.resources.item(
                      "w",
                      setup.connectionId,
                      type,
                      "00000000000000000000000000000000",
                      null,
                      false))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("certificate_packs");
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aServiceNotEnabledIsRefusedAndItsTypesAreNotRead(
      Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var saved =
          TestConnections.save(opened.database(), sim, "account-token", List.of("inventory"));
      var setupQueries =
          new ResourceQueries(
              saved.connections(),
              new JdbcInventoryStore(opened.database()),
              new JdbcResourceStore(opened.database()),
              c -> TestConnections.roomyClient(sim, c).build());
      assertThatThrownBy(
              () ->
                  setupQueries.items(
                      "w",
                      saved.connection().id(),
                      ResourceCatalogue.PAGE_RULES,
                      null,
                      null,
                      1,
                      10,
                      false))
          .isInstanceOf(ServiceNotEnabledException.class)
          .hasMessageContaining("security_rules");
      var status = setupQueries.types("w", saved.connection().id());
      assertThat(status).allMatch(s -> !s.enabled() && !s.available());
      assertThat(status.get(0).reason()).contains("does not enable the service");
    }
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
