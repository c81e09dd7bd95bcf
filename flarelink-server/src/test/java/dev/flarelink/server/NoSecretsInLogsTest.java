package dev.flarelink.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.testkit.TestHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Every log record written through the JDK's logging (the client's request log at its finest level,
 * the server's error log) during a session of saves, tests and failures names no secret.
 */
// It turns the JVM's root logger up to ALL and reads all it logs: no other test runs meanwhile.
@Isolated
class NoSecretsInLogsTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  @TempDir Path dir;

  @Test
  void logs_nameNoSecret(CloudflareSimulator sim) throws Exception {
    var records = new StringBuilder();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.append(record.getMessage()).append(' ');
            if (record.getParameters() != null) {
              for (var parameter : record.getParameters()) {
                records.append(parameter).append(' ');
              }
            }
            if (record.getThrown() != null) {
              records.append(record.getThrown()).append(' ');
            }
            records.append('\n');
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    var root = Logger.getLogger("");
    var previous = root.getLevel();
    root.addHandler(capture);
    root.setLevel(Level.ALL);
    Logger.getLogger("dev.flarelink.cloudflare").setLevel(Level.ALL);
    var admin = "flk_logTestAdminKey_0123456789abcdefghijkl";
    var secrets = new ArrayList<String>();
    try (var server = FlarelinkServer.start(sim, dir, null, admin)) {
      var http = HttpClient.newHttpClient();
      for (var name :
          new String[] {"account-token", "no-account-settings", "expired", "ip-restricted"}) {
        secrets.add(sim.secret(name));
        var body =
            "{\"name\":\""
                + name
                + "\",\"account_id\":\""
                + sim.accountId()
                + "\",\"token\":\""
                + sim.secret(name)
                + "\"}";
        for (var path : new String[] {"/api/v1/connections/test", "/api/v1/connections"}) {
          TestHttp.checked(
              server.url(),
              "POST",
              path,
              http.send(
                  HttpRequest.newBuilder(URI.create(server.url() + path))
                      .header("Authorization", "Bearer " + admin)
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString()));
        }
      }
      TestHttp.checked(
          server.url(),
          "GET",
          "/api/v1/connections",
          http.send(
              HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/connections"))
                  .header("Authorization", "Bearer " + admin + "x")
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    } finally {
      root.removeHandler(capture);
      root.setLevel(previous);
    }
    assertThat(records.toString()).as("the client logged its requests").contains("/tokens/verify");
    for (var secret : secrets) {
      assertThat(records.toString()).doesNotContain(secret);
    }
    assertThat(records.toString()).doesNotContain(admin);
  }
}
