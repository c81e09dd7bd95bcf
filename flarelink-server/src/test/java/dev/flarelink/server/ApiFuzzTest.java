package dev.flarelink.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.store.Database;
import dev.flarelink.store.TestDatabases;
import dev.flarelink.testkit.TestHttp;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every operation of the service's OpenAPI description, given hostile values in each path and query
 * parameter and hostile JSON bodies, answers without a server error, on both databases. Hostile
 * means what an attacker or a careless script sends: NUL, bidi and lone surrogate characters, huge
 * and negative numbers, SQL and HTML, 5,000 characters, wrong JSON types.
 */
// The longest class of the module: its two runs (each with a simulator, a service and a database
// of its own) go side by side.
@Execution(ExecutionMode.CONCURRENT)
class ApiFuzzTest {

  private static final String ADMIN = "flk_apiFuzzTestAdminKey_0123456789abcdefghijk";
  private static final List<String> HOSTILE =
      List.of(
          "\u0000",
          "a\u0000b",
          "contains:\u0000",
          "-1",
          "0",
          "99999999999999999999",
          "-2147483649",
          "1e309",
          "' OR 1=1 --",
          "<script>alert(1)</script>",
          "../../etc/passwd",
          "\u202E\u200Bx",
          "\uD800",
          "x".repeat(5_000),
          "2026-13-45T99:99:99Z",
          " ");

  private static final List<JsonNode> HOSTILE_JSON = hostileJson();

  /** Fields the service's bodies take, each sent alone with every hostile JSON value. */
  private static final List<String> FIELDS =
      List.of(
          "name",
          "account_id",
          "token",
          "key",
          "email",
          "credential_kind",
          "token_type",
          "enabled_services",
          "save_anyway",
          "query",
          "variables",
          "zone",
          "type",
          "content",
          "ttl",
          "proxied",
          "records",
          "confirm",
          "dry_run");

  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([a-z_]+)}");

  @TempDir Path dir;

  private final List<TestDatabases.Target> databases = new ArrayList<>();

  @AfterEach
  void dropSchemas() {
    databases.forEach(TestDatabases.Target::close);
  }

  private static List<JsonNode> hostileJson() {
    var json = JsonNodeFactory.instance;
    var values = new ArrayList<JsonNode>();
    HOSTILE.forEach(text -> values.add(json.textNode(text)));
    values.add(json.numberNode(-1));
    values.add(json.numberNode(Long.MAX_VALUE));
    values.add(json.numberNode(new BigDecimal("1e400")));
    values.add(json.nullNode());
    values.add(json.booleanNode(true));
    values.add(json.arrayNode().add("\u0000").add(json.objectNode()));
    values.add(json.objectNode().put("$gt", ""));
    return List.copyOf(values);
  }

  private FlarelinkServer start(Database.Kind database, CloudflareSimulator sim) {
    var target = TestDatabases.target(database, "flarelink_fuzz_");
    databases.add(target);
    return FlarelinkServer.start(sim, dir, target.url(), ADMIN);
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void everyOperation_answersHostileInput_withoutAServerError(Database.Kind database)
      throws Exception {
    // A simulator of its own, seeded apart: its credentials differ from every other test's, so the
    // rate budgets these thousands of requests spend (kept per credential in this JVM) are its own.
    try (var sim =
        CloudflareSimulator.start(
            SimulatorOptions.defaults()
                .withSeed(
                    new SeedSpec(
                        database == Database.Kind.SQLITE ? 9_001 : 9_002, 12, 2, 1, 3, 10, 10)))) {
      fuzz(database, sim);
    }
  }

  private void fuzz(Database.Kind database, CloudflareSimulator sim) throws Exception {
    JsonNode spec;
    try (var in = ApiFuzzTest.class.getResourceAsStream("/openapi.yaml")) {
      spec = new ObjectMapper(new YAMLFactory()).readTree(in);
    }
    // Thousands of requests: the simulated account's own rate limit is not what is tested here.
    sim.setRateLimit(1_000_000, Duration.ofMinutes(5));
    try (var server = start(database, sim)) {
      var created =
          TestHttp.call(
              server.url(),
              ADMIN,
              "POST",
              "/api/v1/connections",
              "{\"name\":\"Fuzzed\",\"save_anyway\":true,\"account_id\":\""
                  + sim.accountId()
                  + "\",\"token\":\""
                  + sim.secret("account-token")
                  + "\"}");
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      var real =
          Map.of(
              "id",
              created.json().path("id").asText(),
              "zone",
              sim.state().read(s -> s.zones().getFirst().name()),
              "action",
              "dns.create");
      var failures = new ArrayList<String>();
      var sent = 0;
      for (var path : iterable(spec.path("paths").fieldNames())) {
        for (var method : iterable(spec.path("paths").path(path).fieldNames())) {
          if (method.equals("parameters")) {
            continue;
          }
          var operation = spec.path("paths").path(path).path(method);
          var verb = method.toUpperCase(Locale.ROOT);
          var workspacePath = path.startsWith("/api/v1/workspaces/");
          var concrete = fill(path, real, workspacePath);
          var requests = new ArrayList<String[]>();
          // Each path parameter hostile, the others real (never delete the real connection).
          var names = PATH_PARAMETER.matcher(path).results().map(m -> m.group(1)).toList();
          for (var name : names) {
            for (var value : HOSTILE) {
              var values = new LinkedHashMap<String, String>(real);
              if (workspacePath) {
                values.put("id", "default");
              }
              values.put(name, value);
              requests.add(new String[] {verb, fillWith(path, values), null});
            }
          }
          if (!verb.equals("DELETE")) {
            for (var parameter : operation.path("parameters")) {
              for (var value : HOSTILE) {
                requests.add(
                    new String[] {
                      verb,
                      concrete + "?" + parameter.path("name").asText() + "=" + encode(value),
                      verb.equals("GET") ? null : "{}"
                    });
              }
            }
            if (verb.equals("POST") || verb.equals("PATCH")) {
              for (var raw : List.of("", "{", "[]", "null", "\"x\"", "{\"a\":")) {
                requests.add(new String[] {verb, concrete, raw});
              }
              for (var field : FIELDS) {
                for (var value : HOSTILE_JSON) {
                  var body = JsonNodeFactory.instance.objectNode();
                  body.set(field, value);
                  requests.add(new String[] {verb, concrete, body.toString()});
                }
              }
            }
          }
          for (var request : requests) {
            TestHttp.Reply reply;
            try {
              reply = send(server, request);
            } catch (IOException noAnswer) {
              failures.add(
                  request[0]
                      + " "
                      + abbreviate(request[1])
                      + (request[2] == null ? "" : " " + abbreviate(request[2]))
                      + " -> no answer: "
                      + noAnswer.getMessage());
              continue;
            } finally {
              sent++;
            }
            // The documented answer when the credential's rate budget is spent (these thousands
            // of requests spend it): 503 with Retry-After, which is no failure of the service.
            var budgetSpent =
                reply.status() == 503 && reply.body().contains("\"Cloudflare rate limit\"");
            if (reply.status() >= 500 && !budgetSpent) {
              failures.add(
                  request[0]
                      + " "
                      + abbreviate(request[1])
                      + (request[2] == null ? "" : " " + abbreviate(request[2]))
                      + " -> "
                      + reply.status()
                      + " "
                      + abbreviate(reply.body()));
            }
          }
        }
      }
      System.out.println("ApiFuzzTest (" + database + "): " + sent + " requests");
      assertThat(failures).as("answers with a server error").isEmpty();
      assertThat(sent).isGreaterThan(2_000);
    }
  }

  /**
   * Sends a request; once more on a new connection when the first got no answer at all, which
   * happens when Jetty closed a kept-alive connection after refusing the previous request (a
   * malformed path) and the client had already reused it.
   */
  private static TestHttp.Reply send(FlarelinkServer server, String[] request) throws Exception {
    try {
      return TestHttp.callUnchecked(server.url(), ADMIN, request[0], request[1], request[2]);
    } catch (IOException closedMeanwhile) {
      return TestHttp.callUnchecked(server.url(), ADMIN, request[0], request[1], request[2]);
    }
  }

  private static String fill(String path, Map<String, String> real, boolean workspacePath) {
    var values = new LinkedHashMap<String, String>(real);
    if (workspacePath) {
      values.put("id", "default");
    }
    return fillWith(path, values);
  }

  private static String fillWith(String path, Map<String, String> values) {
    return PATH_PARAMETER
        .matcher(path)
        .replaceAll(m -> Matcher.quoteReplacement(encode(values.getOrDefault(m.group(1), "x"))));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String abbreviate(String text) {
    return text.length() <= 160 ? text : text.substring(0, 160) + "…";
  }

  private static <T> Iterable<T> iterable(Iterator<T> iterator) {
    var all = new ArrayList<T>();
    iterator.forEachRemaining(all::add);
    return all;
  }
}
