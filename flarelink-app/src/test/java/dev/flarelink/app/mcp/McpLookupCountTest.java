package dev.flarelink.app.mcp;

import static dev.flarelink.app.mcp.McpClients.ok;
import static dev.flarelink.app.mcp.McpClients.rest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.app.service.FlarelinkServer;
import dev.flarelink.mcp.tool.McpOptions;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.SeedSpec;
import dev.flarelink.wiring.ServerSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * One tool call looks its connection up once: the check whether the tool is offered, the tool and
 * the audit of the read share it, and the queries take the connection found.
 */
class McpLookupCountTest {

  @RegisterExtension
  static SimulatorExtension cloudflare =
      new SimulatorExtension(
          SimulatorOptions.defaults().withSeed(new SeedSpec(31, 3, 0, 0, 2, 5, 0)));

  private static final String KEY = "flk_mcpLookupCountKey_0123456789abcdefghijklmn";

  @TempDir Path dir;

  /** Every statement run on the database while it listens. */
  private static final class Statements implements SqlLogger {
    final List<String> seen = new CopyOnWriteArrayList<>();

    @Override
    public void logAfterExecution(StatementContext context) {
      seen.add(context.getRawSql().toLowerCase(Locale.ROOT));
    }

    long connectionLookups() {
      return seen.stream().filter(sql -> sql.contains("from connections")).count();
    }
  }

  @Test
  void searchDnsRecords_looksTheConnectionUpOnce(CloudflareSimulator sim) throws Exception {
    try (var server =
        FlarelinkServer.start(
            new ServerSettings("127.0.0.1", 0, null, dir, sim.baseUrl(), null),
            Map.of("FLARELINK_ADMIN_KEY", KEY),
            Clock.systemUTC(),
            McpOptions.READ_ONLY)) {
      rest(
          server.url(),
          KEY,
          "POST",
          "/api/v1/connections",
          "{\"name\":\"dns\",\"account_id\":\""
              + sim.accountId()
              + "\",\"token\":\""
              + sim.secret("account-token")
              + "\",\"enabled_services\":[\"inventory\"]}");
      var client = McpClients.http(server.url(), KEY);
      try {
        var scanned =
            ok(
                client,
                "scan_connection",
                Map.of("connection", "dns", "kind", "inventory", "wait_seconds", 60));
        assertThat(scanned.path("state").asText()).isEqualTo("succeeded");
        var zone = sim.state().read(s -> s.zones().getFirst().name());

        var statements = new Statements();
        server.wiring().database().jdbi().setSqlLogger(statements);
        var found = ok(client, "search_dns_records", Map.of("connection", "dns", "zone", zone));
        server.wiring().database().jdbi().setSqlLogger(SqlLogger.NOP_SQL_LOGGER);

        assertThat(found.path("total").asInt()).isEqualTo(5);
        assertThat(statements.connectionLookups())
            .as("connection lookups in %s", statements.seen)
            .isEqualTo(1);
        // With the API key's lookup, the coverage (last succeeded and last finished scan), the
        // zone, the page of records and the audit row of the read: 7 (11 when each step looked
        // the connection up again).
        assertThat(statements.seen).as("statements").hasSizeLessThanOrEqualTo(7);
      } finally {
        client.closeGracefully();
      }
    }
  }
}
