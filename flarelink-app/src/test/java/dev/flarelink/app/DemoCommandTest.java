package dev.flarelink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code flarelink demo}: a connection whose actions can be tried, each named credential judged
 * against its own purpose, and no data directory left behind, however the demo stops.
 */
class DemoCommandTest {

  private static final Pattern DATA_DIR = Pattern.compile("\\(data in (\\S+), removed");
  private static final Pattern SIMULATOR = Pattern.compile("Simulated Cloudflare at (\\S+) ");

  @TempDir Path tmp;

  private static String find(Pattern pattern, String text) {
    var m = pattern.matcher(text);
    assertThat(m.find()).as(pattern + " in " + text).isTrue();
    return m.group(1);
  }

  @Test
  void noWait_judgesEachCredentialByItsPurpose_andRemovesItsDataDirectory() {
    var result = Cli.run(Map.of(), "demo", "--port", "0", "--no-wait");
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out())
        .contains(
            "services: identity, inventory, security_rules, certificates, load_balancing, alerts,"
                + " dns_analytics, graphql_analytics, dns_write, cache_purge, zone_settings_write,"
                + " security_rules_write, page_rules_write, ip_access_rules, zone_write,"
                + " load_balancing_write.")
        .contains("test passed")
        .containsPattern(
            "account-token +account-owned token +serves identity, inventory, security_rules,"
                + " certificates, load_balancing, alerts")
        .containsPattern(
            "dns-write +account-owned token +serves inventory, dns_write, cache_purge[;\\n]")
        .containsPattern(
            "global-key +Global API Key +serves identity, .*ip_access_rules, zone_write,"
                + " load_balancing_write[;\\n]")
        .containsPattern("expired +account-owned token +refused: The token expired")
        .containsPattern("expiring-soon +account-owned token +serves .*; warning: ")
        .contains(
            "purpose: Account-owned token with Zone Read, DNS Read, DNS Write and Cache Purge")
        .doesNotContain("NOT OK");
    assertThat(Path.of(find(DATA_DIR, result.out())))
        .as("removed when the demo ends")
        .doesNotExist();
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void whileServing_actionsDryRun_andSigtermRemovesTheDataDirectory() throws Exception {
    var command = new ArrayList<String>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    // As the test JVM does (see the parent pom): C1 only starts a short-lived JVM faster.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Djava.io.tmpdir=" + tmp);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of("demo", "--port", "0"));
    var process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      var out = new StringBuilder();
      var reader =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null && !line.startsWith("Serving until stopped")) {
        out.append(line).append('\n');
      }
      assertThat(line).as("the demo serves: " + out).isNotNull();
      var data = Path.of(find(DATA_DIR, out.toString()));
      assertThat(data).startsWith(tmp).isDirectory();
      var zone = find(Pattern.compile("--param zone=(\\S+)"), out.toString());
      assertThat(out.toString())
          .as("the printed action reaches the simulated Cloudflare, not the real one")
          .contains(
              "CLOUDFLARE_BASE_URL=" + find(SIMULATOR, out.toString()) + " ./flarelink action");

      var dry =
          Cli.run(
              Map.of("CLOUDFLARE_BASE_URL", find(SIMULATOR, out.toString())),
              "action",
              "Simulated Acme account",
              "dns.create",
              "--param",
              "zone=" + zone,
              "--param",
              "type=A",
              "--param",
              "name=demo",
              "--param",
              "content=192.0.2.1",
              "--dry-run",
              "--data-dir",
              data.toString());
      assertThat(dry.code()).as(dry.err()).isZero();
      assertThat(dry.out()).contains("dns.create: planned");

      process.destroy(); // SIGTERM, as Ctrl-C's SIGINT, runs the shutdown hooks
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(data).as("removed by the shutdown hook").doesNotExist();
    } finally {
      process.destroyForcibly();
    }
  }
}
