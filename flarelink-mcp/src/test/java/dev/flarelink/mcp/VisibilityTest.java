package dev.flarelink.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.core.action.actions.StandardActions;
import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.Check;
import dev.flarelink.core.diagnosis.TestReport;
import dev.flarelink.core.diagnosis.TestReport.Availability;
import dev.flarelink.mcp.tool.FlarelinkTool;
import dev.flarelink.mcp.tool.McpOptions;
import dev.flarelink.mcp.tools.Toolbox;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.wiring.ServerSettings;
import dev.flarelink.wiring.Wiring;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What MCP offers follows the connection's tests: a test that decides anew changes what callers
 * see, and tells them so; a service not checked hides nothing.
 */
class VisibilityTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  @TempDir Path dir;

  @Test
  void aTestThatChangesWhatIsAvailable_isTakenIn_andCallersAreTold(CloudflareSimulator sim) {
    try (var wiring = Wiring.open(settings(sim), Map.of(), Clock.systemUTC())) {
      var connection =
          wiring
              .connections()
              .create(
                  Wiring.DEFAULT_WORKSPACE,
                  new ConnectionInput(
                      "Prod",
                      sim.accountId(),
                      null,
                      null,
                      sim.secret("account-token"),
                      null,
                      null,
                      null));
      var visibility = new Visibility(wiring, new McpOptions(false, connection.id()));
      var told = new AtomicInteger();
      visibility.onChange(told::incrementAndGet);
      var members = toolOf(Service.IDENTITY);
      var workspace = Wiring.DEFAULT_WORKSPACE;
      assertThat(visibility.visible(members, workspace)).isTrue();

      visibility.tested(workspace, connection.id(), report(false, true));
      assertThat(told.get()).isEqualTo(1);
      assertThat(visibility.hiddenBecause(members, workspace)).contains("Account Settings");

      visibility.tested(workspace, connection.id(), report(false, false));
      assertThat(told.get()).as("a service not checked hides nothing").isEqualTo(2);
      assertThat(visibility.visible(members, workspace)).isTrue();

      visibility.tested(workspace, connection.id(), report(true, true));
      assertThat(told.get()).as("nothing changed for callers").isEqualTo(2);
      visibility.tested(workspace, "another-connection", report(false, true));
      assertThat(told.get()).as("another connection's test").isEqualTo(2);
    }
  }

  @Test
  void aToolOfSeveralServices_isHiddenOnlyWhenTheTestHidesEveryOne(CloudflareSimulator sim) {
    try (var wiring = Wiring.open(settings(sim), Map.of(), Clock.systemUTC())) {
      var connection =
          wiring
              .connections()
              .create(
                  Wiring.DEFAULT_WORKSPACE,
                  new ConnectionInput(
                      "Certificates",
                      sim.accountId(),
                      null,
                      null,
                      sim.secret("account-token"),
                      null,
                      null,
                      List.of("certificates", "load_balancing")));
      var workspace = Wiring.DEFAULT_WORKSPACE;
      var search =
          Toolbox.all(StandardActions.registry()).stream()
              .filter(tool -> tool.name().equals("search_resources"))
              .findFirst()
              .orElseThrow();
      assertThat(search.services()).hasSizeGreaterThan(1);
      assertThat(new Visibility(wiring, McpOptions.READ_ONLY).visible(search, workspace))
          .as("one of its services enabled")
          .isTrue();

      var visibility = new Visibility(wiring, new McpOptions(false, connection.id()));
      var refused = new Availability(false, "needs Zone → SSL and Certificates → Read");
      var passed = new Availability(true, "fine");
      visibility.tested(workspace, connection.id(), report(Map.of(Service.CERTIFICATES, passed)));
      assertThat(visibility.visible(search, workspace)).isTrue();
      visibility.tested(
          workspace,
          connection.id(),
          report(Map.of(Service.CERTIFICATES, refused, Service.LOAD_BALANCING, passed)));
      assertThat(visibility.visible(search, workspace)).as("load balancing still serves").isTrue();
      visibility.tested(
          workspace,
          connection.id(),
          report(
              Map.of(
                  Service.CERTIFICATES,
                  refused,
                  Service.LOAD_BALANCING,
                  refused,
                  Service.SECURITY_RULES,
                  passed)));
      assertThat(visibility.visible(search, workspace))
          .as("every service the connection enables is refused; security_rules is not enabled")
          .isFalse();
      assertThat(visibility.hiddenBecause(search, workspace)).contains("SSL and Certificates");
    }
  }

  private static FlarelinkTool toolOf(Service service) {
    return Toolbox.all(StandardActions.registry()).stream()
        .filter(tool -> tool.services().equals(List.of(service)) && !tool.writes())
        .findFirst()
        .orElseThrow();
  }

  private static TestReport report(boolean identityAvailable, boolean checked) {
    var verdict =
        checked
            ? new Availability(identityAvailable, "needs Account → Account Settings → Read")
            : Availability.notChecked("not checked: an earlier check failed");
    return report(Map.of(Service.IDENTITY, verdict));
  }

  private static TestReport report(Map<Service, Availability> verdicts) {
    return new TestReport(
        verdicts.values().stream().allMatch(Availability::available),
        null,
        "active",
        null,
        "a".repeat(32),
        null,
        List.of(new Check("credential", Check.Status.PASS, "fine", null)),
        verdicts,
        List.of());
  }

  private ServerSettings settings(CloudflareSimulator sim) {
    return new ServerSettings("127.0.0.1", 0, null, dir, sim.baseUrl(), null);
  }
}
