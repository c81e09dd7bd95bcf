package dev.flarelink.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.auth.CredentialKind;
import dev.flarelink.cloudflare.retry.RetryPolicy;
import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.connect.SaveRefusedException;
import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.connection.ServiceNotEnabledException;
import dev.flarelink.core.diagnosis.ConnectionTester;
import dev.flarelink.core.error.ConnectionNotFoundException;
import dev.flarelink.core.error.DuplicateNameException;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.secret.MasterKey;
import dev.flarelink.core.secret.SecretBox;
import dev.flarelink.core.view.ConnectionView;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import dev.flarelink.store.Database;
import dev.flarelink.store.JdbcConnectionStore;
import dev.flarelink.store.JdbcWorkspaceStore;
import dev.flarelink.store.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The connection use cases over a real store on both databases and the simulator. */
class ConnectionServiceTest {

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  @TempDir Path dir;

  private static ConnectionService service(
      Database database, CloudflareSimulator sim, SecretBox box) {
    var workspaces = new JdbcWorkspaceStore(database);
    workspaces.create("w1", "First", Instant.now());
    workspaces.create("w2", "Second", Instant.now());
    var tester =
        new ConnectionTester(
            credential ->
                CloudflareClient.builder()
                    .baseUrl(sim.baseUrl())
                    .credential(credential)
                    .retryPolicy(
                        RetryPolicy.DEFAULT
                            .withMaxAttempts(2)
                            .withMaxRetryAfter(Duration.ofSeconds(1)))
                    .build(),
            Clock.systemUTC());
    var counter = new AtomicInteger();
    return new ConnectionService(
        new JdbcConnectionStore(database),
        box,
        tester,
        Clock.systemUTC(),
        () -> String.format("%032x", counter.incrementAndGet()));
  }

  private static ConnectionInput token(
      CloudflareSimulator sim, String name, String credential, List<String> services) {
    return new ConnectionInput(
        name, sim.accountId(), null, null, sim.secret(credential), null, null, services);
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void theWholeLifecycle(Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var box = new SecretBox(MasterKey.generate(), List.of());
      var connections = service(opened.database(), sim, box);
      var created = connections.create("w1", token(sim, "Production", "account-token", null));
      assertThat(created.credentialKind()).isEqualTo(CredentialKind.ACCOUNT_TOKEN);
      assertThat(created.credentialHint())
          .startsWith("account_token …")
          .doesNotContain(sim.secret("account-token").substring(0, 10));
      var legacy = connections.create("w1", token(sim, "Legacy", "legacy-account-token", null));
      assertThat(legacy.credentialHint())
          .as("a token without a prefix is hinted by the kind its test proved")
          .startsWith("account_token …");
      connections.delete("w1", legacy.id());
      assertThat(connections.list("w1")).containsExactly(created);
      assertThatThrownBy(() -> connections.get("w2", created.id()))
          .isInstanceOf(ConnectionNotFoundException.class);
      assertThatThrownBy(
              () -> connections.create("w1", token(sim, "Production", "user-token", null)))
          .isInstanceOf(DuplicateNameException.class);

      var report = connections.test("w1", created.id());
      assertThat(report.ok()).isTrue();
      var tested = connections.get("w1", created.id());
      assertThat(tested.lastTestOk()).isTrue();
      assertThat(tested.lastTestedAt()).isNotNull();

      var renamed =
          connections.update(
              "w1",
              created.id(),
              new ConnectionInput("Prod", null, null, null, null, null, null, List.of("identity")));
      assertThat(renamed.name()).isEqualTo("Prod");
      assertThat(renamed.services()).containsExactly(Service.IDENTITY);
      assertThat(renamed.lastTestOk()).isTrue();
      assertThat(connections.test("w1", created.id()).ok()).isTrue();

      var key = sim.state().read(s -> s.credential("global-key"));
      var replaced =
          connections.update(
              "w1",
              created.id(),
              new ConnectionInput(null, null, null, null, null, key.secret(), key.email(), null));
      assertThat(replaced.credentialKind()).isEqualTo(CredentialKind.GLOBAL_API_KEY);
      assertThat(replaced.email()).isEqualTo(key.email());
      assertThat(replaced.lastTestOk()).as("the new credential was tested").isTrue();
      assertThat(connections.test("w1", created.id()).credentialKind())
          .isEqualTo(CredentialKind.GLOBAL_API_KEY);

      var next = new SecretBox(MasterKey.generate(), List.of(box.currentKey()));
      assertThat(connections.reseal(next)).isEqualTo(1);
      var afterRotation =
          new ConnectionService(
              new JdbcConnectionStore(opened.database()),
              new SecretBox(next.currentKey(), List.of()),
              new ConnectionTester(
                  credential ->
                      CloudflareClient.builder()
                          .baseUrl(sim.baseUrl())
                          .credential(credential)
                          .build(),
                  Clock.systemUTC()),
              Clock.systemUTC(),
              () -> "unused");
      assertThat(afterRotation.test("w1", created.id()).ok()).isTrue();

      connections.delete("w1", created.id());
      assertThat(connections.list("w1")).isEmpty();
      assertThatThrownBy(() -> connections.delete("w1", created.id()))
          .isInstanceOf(ConnectionNotFoundException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void badInput_changesNothing(Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var connections =
          service(opened.database(), sim, new SecretBox(MasterKey.generate(), List.of()));
      var created = connections.create("w1", token(sim, "Production", "account-token", null));
      assertThatThrownBy(
              () ->
                  connections.create(
                      "w1", new ConnectionInput("x", "nope", null, null, "t", null, null, null)))
          .isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(
              () ->
                  connections.update(
                      "w1",
                      created.id(),
                      new ConnectionInput(
                          "", null, null, null, null, null, null, List.of("teleport"))))
          .isInstanceOf(InvalidInputException.class);
      assertThat(connections.list("w1")).containsExactly(created);
      assertThat(
              connections
                  .testUnsaved(token(sim, "t", "no-account-settings", List.of("identity")))
                  .ok())
          .isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void anExpiredOrDisabledToken_isNeverSaved_evenOnPurpose(
      Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var connections =
          service(opened.database(), sim, new SecretBox(MasterKey.generate(), List.of()));
      for (var name : List.of("expired", "disabled")) {
        for (var anyway : List.of(false, true)) {
          assertThatThrownBy(() -> connections.create("w1", token(sim, name, name, null), anyway))
              .as(name)
              .isInstanceOfSatisfying(
                  SaveRefusedException.class,
                  refused -> {
                    assertThat(refused.isFinal()).isTrue();
                    assertThat(refused.getMessage())
                        .contains("cannot be saved")
                        .containsIgnoringCase("create a new token")
                        .doesNotContain(sim.secret(name));
                  });
        }
      }
      assertThat(connections.list("w1")).isEmpty();

      var created = connections.create("w1", token(sim, "Production", "account-token", null));
      for (var name : List.of("expired", "disabled")) {
        assertThatThrownBy(
                () ->
                    connections.update(
                        "w1",
                        created.id(),
                        new ConnectionInput(
                            null, null, null, null, sim.secret(name), null, null, null),
                        true))
            .isInstanceOfSatisfying(
                SaveRefusedException.class, refused -> assertThat(refused.isFinal()).isTrue());
      }
      assertThat(connections.get("w1", created.id())).isEqualTo(created);
      assertThat(connections.test("w1", created.id()).ok())
          .as("the saved token is still the working one")
          .isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void anotherFailingTest_isSavedOnlyOnPurpose_withItsReasonRecorded(
      Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var connections =
          service(opened.database(), sim, new SecretBox(MasterKey.generate(), List.of()));
      var input = token(sim, "Members", "no-account-settings", List.of("identity"));
      assertThatThrownBy(() -> connections.create("w1", input))
          .isInstanceOfSatisfying(
              SaveRefusedException.class,
              refused -> {
                assertThat(refused.isFinal()).isFalse();
                assertThat(refused.getMessage()).contains("service.identity").contains("anyway");
              });
      assertThat(connections.list("w1")).isEmpty();

      var saved = connections.create("w1", input, true);
      assertThat(saved.lastTestOk()).isFalse();
      assertThat(saved.lastTestSummary()).startsWith("service.identity: ");
      assertThat(connections.get("w1", saved.id())).isEqualTo(saved);
      assertThat(ConnectionView.of(saved).lastTest().summary()).isEqualTo(saved.lastTestSummary());

      var mended =
          connections.update(
              "w1",
              saved.id(),
              new ConnectionInput(
                  null, null, null, null, sim.secret("account-token"), null, null, null));
      assertThat(mended.lastTestOk()).isTrue();
      assertThat(mended.lastTestSummary()).isNull();
      assertThatThrownBy(
              () ->
                  connections.update(
                      "w1",
                      saved.id(),
                      new ConnectionInput(
                          null,
                          null,
                          null,
                          null,
                          sim.secret("no-account-settings"),
                          null,
                          null,
                          null)))
          .isInstanceOf(SaveRefusedException.class);
      assertThat(connections.get("w1", saved.id())).isEqualTo(mended);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void renamingOrChangingServices_neverOpensTheSecret(Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var connections =
          service(opened.database(), sim, new SecretBox(MasterKey.generate(), List.of()));
      var created = connections.create("w1", token(sim, "Production", "account-token", null));
      // The same store under a key that cannot open the secret: any decryption would fail.
      var blind =
          new ConnectionService(
              new JdbcConnectionStore(opened.database()),
              new SecretBox(MasterKey.generate(), List.of()),
              new ConnectionTester(
                  c -> {
                    throw new AssertionError("a rename must not reach Cloudflare");
                  },
                  Clock.systemUTC()),
              Clock.systemUTC(),
              () -> "unused");
      var changed =
          blind.update(
              "w1",
              created.id(),
              new ConnectionInput(
                  "Renamed", null, null, "user", null, null, null, List.of("inventory")));
      assertThat(changed.name()).isEqualTo("Renamed");
      assertThat(changed.services()).containsExactly(Service.INVENTORY);
      assertThat(changed.statedOwner()).isEqualTo(CredentialKind.USER_TOKEN);
      assertThat(changed.credentialHint()).isEqualTo(created.credentialHint());
      assertThat(changed.lastTestOk()).isEqualTo(created.lastTestOk());
      assertThatThrownBy(() -> blind.credential(changed))
          .as("this service cannot open it")
          .isInstanceOf(SecretBox.SecretException.class);
      assertThat(connections.test("w1", created.id()).ok()).isTrue();
      assertThatThrownBy(
              () ->
                  blind.update(
                      "w1",
                      created.id(),
                      new ConnectionInput(
                          null, null, "global_api_key", null, null, null, null, null)))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.getMessage()).contains("Global API Key with its email"));
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aServiceNotEnabled_carriesTheConnectionAndTheService(
      Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var connections =
          service(opened.database(), sim, new SecretBox(MasterKey.generate(), List.of()));
      var created =
          connections.create("w1", token(sim, "Production", "account-token", List.of("identity")));
      assertThatThrownBy(() -> ServiceNotEnabledException.check(created, Service.DNS_WRITE))
          .isInstanceOfSatisfying(
              ServiceNotEnabledException.class,
              e -> {
                assertThat(e.connectionId()).isEqualTo(created.id());
                assertThat(e.service()).isEqualTo(Service.DNS_WRITE);
                assertThat(e.servicesWithIt()).isEqualTo("identity,dns_write");
                assertThat(e.getMessage()).doesNotContain("updating the connection");
              });
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aNewAccountId_isTestedWithTheSavedCredentialFirst(
      Database.Kind kind, CloudflareSimulator sim) {
    try (var opened = TestDatabases.open(kind, dir)) {
      var connections =
          service(opened.database(), sim, new SecretBox(MasterKey.generate(), List.of()));
      var created = connections.create("w1", token(sim, "Production", "user-token", null));
      var other =
          sim.state()
              .read(
                  s ->
                      s.accounts().stream()
                          .filter(a -> !a.id().equals(sim.accountId()))
                          .findFirst()
                          .orElseThrow()
                          .id());
      var move = new ConnectionInput(null, other, null, null, null, null, null, null);
      assertThatThrownBy(() -> connections.update("w1", created.id(), move))
          .isInstanceOfSatisfying(
              SaveRefusedException.class,
              refused -> assertThat(refused.getMessage()).contains("account"));
      assertThat(connections.get("w1", created.id())).isEqualTo(created);
    }
  }
}
