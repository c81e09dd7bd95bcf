package dev.flarelink.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Liveness and readiness beside {@code /health}, and a database that stops answering (#19 item 8):
 * the service reaches PostgreSQL through a relay the test cuts; calls then answer 503 with a
 * problem within seconds, not a 500 after 30 s, and readiness says why while liveness stays up.
 */
class DatabaseDownApiTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  private static final String KEY = "flk_databaseDownTestKey_0123456789abcdefgh";
  private static final String PG =
      System.getenv()
          .getOrDefault(
              "FLARELINK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  @TempDir Path dir;

  private String schema;

  @AfterEach
  void dropSchema() throws Exception {
    if (schema != null) {
      try (var connection = DriverManager.getConnection(PG);
          var statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  private String newSchema() {
    schema = "flarelink_down_" + Long.toHexString(System.nanoTime());
    try (var connection = DriverManager.getConnection(PG);
        var statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      System.out.println("PostgreSQL is not reachable at " + PG + "; skipping: " + e.getMessage());
      Assumptions.abort("PostgreSQL is not reachable");
    }
    return schema;
  }

  /** Relays TCP connections to PostgreSQL until cut: then refuses new ones and drops the others. */
  private static final class Relay implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final int target;

    Relay(int target) throws IOException {
      this.target = target;
      this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread.ofVirtual().start(this::accept);
    }

    int port() {
      return server.getLocalPort();
    }

    private void accept() {
      while (!server.isClosed()) {
        try {
          var client = server.accept();
          var upstream = new Socket(InetAddress.getLoopbackAddress(), target);
          sockets.add(client);
          sockets.add(upstream);
          Thread.ofVirtual().start(() -> pump(client, upstream));
          Thread.ofVirtual().start(() -> pump(upstream, client));
        } catch (IOException e) {
          return;
        }
      }
    }

    private static void pump(Socket from, Socket to) {
      try {
        from.getInputStream().transferTo(to.getOutputStream());
      } catch (IOException e) {
        // the relay was cut
      } finally {
        try {
          from.close();
          to.close();
        } catch (IOException ignored) {
          // already closed
        }
      }
    }

    @Override
    public void close() throws IOException {
      cut();
    }

    /** Refuses new connections and drops those relayed. */
    void cut() throws IOException {
      server.close();
      for (var socket : sockets) {
        socket.close();
      }
    }
  }

  @Test
  void withTheDatabaseDown_callsAnswer503Quickly_readinessSaysWhy_livenessStaysUp(
      CloudflareSimulator sim) throws Exception {
    var uri = URI.create(PG.substring("jdbc:".length()));
    var name = newSchema();
    try (var relay = new Relay(uri.getPort())) {
      var url =
          "jdbc:postgresql://127.0.0.1:"
              + relay.port()
              + uri.getPath()
              + "?"
              + uri.getQuery()
              + "&currentSchema="
              + name;
      try (var server =
          FlarelinkServer.start(
              new ServerSettings("127.0.0.1", 0, url, dir, sim.baseUrl(), null),
              Map.of("FLARELINK_ADMIN_KEY", KEY),
              Clock.systemUTC())) {
        assertThat(TestHttp.call(server.url(), null, "GET", "/health/live", null).status())
            .isEqualTo(200);
        var ready = TestHttp.call(server.url(), null, "GET", "/health/ready", null);
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        assertThat(TestHttp.call(server.url(), KEY, "GET", "/api/v1/connections", null).status())
            .isEqualTo(200);

        relay.cut();

        var started = System.nanoTime();
        var call = TestHttp.call(server.url(), KEY, "GET", "/api/v1/connections", null);
        var took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(call.status()).as(call.body()).isEqualTo(503);
        assertThat(call.contentType()).startsWith("application/problem+json");
        assertThat(call.json().path("detail").asText())
            .contains("database is unreachable")
            .contains("/health/ready");
        assertThat(took).as("the pool's timeout, not 30 s").isLessThan(Duration.ofSeconds(15));
        // A call after the broken connections are gone waits for the pool's short timeout.
        started = System.nanoTime();
        var again = TestHttp.call(server.url(), KEY, "GET", "/api/v1/connections", null);
        took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(again.status()).as(again.body()).isEqualTo(503);
        assertThat(again.json().path("detail").asText()).contains("database is unreachable");
        assertThat(took).as("the pool's timeout, not 30 s").isLessThan(Duration.ofSeconds(15));

        var notReady = TestHttp.call(server.url(), null, "GET", "/health/ready", null);
        assertThat(notReady.status()).isEqualTo(503);
        assertThat(notReady.contentType()).startsWith("application/problem+json");
        assertThat(notReady.json().path("detail").asText()).contains("does not answer");
        assertThat(TestHttp.call(server.url(), null, "GET", "/health/live", null).status())
            .isEqualTo(200);
      }
    }
  }

  @Test
  void aSchemaBehindThisBuildsMigrations_isNotReady(CloudflareSimulator sim) throws Exception {
    var name = newSchema();
    try (var server =
        FlarelinkServer.start(
            new ServerSettings(
                "127.0.0.1", 0, PG + "&currentSchema=" + name, dir, sim.baseUrl(), null),
            Map.of("FLARELINK_ADMIN_KEY", KEY),
            Clock.systemUTC())) {
      try (var connection = DriverManager.getConnection(PG);
          var statement = connection.createStatement()) {
        statement.execute(
            "DELETE FROM "
                + name
                + ".flyway_schema_history WHERE installed_rank = (SELECT max(installed_rank) FROM "
                + name
                + ".flyway_schema_history)");
      }
      var notReady = TestHttp.call(server.url(), null, "GET", "/health/ready", null);
      assertThat(notReady.status()).as(notReady.body()).isEqualTo(503);
      assertThat(notReady.json().path("detail").asText()).contains("this build needs");
    }
  }
}
