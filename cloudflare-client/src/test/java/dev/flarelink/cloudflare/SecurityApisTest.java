package dev.flarelink.cloudflare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.flarelink.cloudflare.api.RulesetsApi.Scope;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.error.InvalidRequestException;
import dev.flarelink.cloudflare.error.NotFoundException;
import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.cloudflare.http.CloudflareRequest;
import dev.flarelink.cloudflare.http.Interceptor;
import dev.flarelink.cloudflare.model.PageRule;
import dev.flarelink.cloudflare.model.PageRuleInput;
import dev.flarelink.cloudflare.model.RulesetRule;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorExtension;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rulesets and Page Rules against the simulator and the official schema. */
class SecurityApisTest {

  private static final String CUSTOM = "http_request_firewall_custom";
  private static final List<CloudflareRequest> SENT = new CopyOnWriteArrayList<>();

  @RegisterExtension static SimulatorExtension cloudflare = new SimulatorExtension();

  private static CloudflareClient client(CloudflareSimulator sim, String name) {
    Interceptor recorder =
        chain -> {
          SENT.add(chain.request());
          return chain.proceed(chain.request());
        };
    return CloudflareClient.builder()
        .baseUrl(sim.baseUrl())
        .credential(Credential.apiToken(sim.secret(name)))
        .addInterceptor(recorder)
        .build();
  }

  @AfterAll
  static void requestsConform() {
    RequestContract.check(SENT);
  }

  private static String zone(CloudflareSimulator sim, int index) {
    return sim.state().read(s -> s.zones().get(index).id());
  }

  @Test
  void rulesets_listGetAndChangeRulesOfTheEntryPoint(CloudflareSimulator sim) {
    var zone = zone(sim, 0);
    var read = client(sim, "account-token");
    var writer = client(sim, "security-write");
    var listed = read.rulesets().list(Scope.ZONE, zone).toList();
    assertThat(listed).extracting(r -> r.phase()).contains(CUSTOM);
    assertThat(listed).allSatisfy(r -> assertThat(r.rules()).isEmpty());
    assertThat(read.rulesets().list(Scope.ACCOUNT, sim.accountId()).toList())
        .extracting(r -> r.kind())
        .contains("managed");
    var entrypoint = read.rulesets().entrypoint(Scope.ZONE, zone, CUSTOM);
    assertThat(entrypoint.kind()).isEqualTo("zone");
    assertThat(read.rulesets().get(Scope.ZONE, zone, entrypoint.id()).rules())
        .isEqualTo(entrypoint.rules());

    var added =
        writer
            .rulesets()
            .addRule(
                Scope.ZONE,
                zone,
                entrypoint.id(),
                RulesetRule.of("block", "ip.src eq 192.0.2.7", "bad host", true, null));
    var rule = added.rules().getLast();
    assertThat(rule.id()).isNotNull();
    assertThat(rule.expression()).isEqualTo("ip.src eq 192.0.2.7");
    assertThat(added.rules()).hasSize(entrypoint.rules().size() + 1);

    var changed =
        writer
            .rulesets()
            .updateRule(
                Scope.ZONE,
                zone,
                entrypoint.id(),
                rule.id(),
                RulesetRule.of("managed_challenge", rule.expression(), "bad host", false, null));
    assertThat(changed.rule(rule.id()).orElseThrow())
        .satisfies(r -> assertThat(r.action()).isEqualTo("managed_challenge"))
        .satisfies(r -> assertThat(r.isEnabled()).isFalse());

    var after = writer.rulesets().deleteRule(Scope.ZONE, zone, entrypoint.id(), rule.id());
    assertThat(after.rule(rule.id())).isEmpty();
    assertThatThrownBy(
            () -> writer.rulesets().deleteRule(Scope.ZONE, zone, entrypoint.id(), rule.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void rulesets_entryPointIsCreatedByPut_andRefusedWithoutThePermission(CloudflareSimulator sim) {
    var zone = zone(sim, 1);
    var writer = client(sim, "security-write");
    var phase = "http_request_transform";
    assertThatThrownBy(() -> writer.rulesets().entrypoint(Scope.ZONE, zone, phase))
        .isInstanceOf(NotFoundException.class);
    var unknown = JsonNodeFactory.instance.objectNode().put("id", "0".repeat(32));
    var params = JsonNodeFactory.instance.objectNode();
    params.putObject("uri").putObject("path").put("value", "/new");
    var created =
        writer
            .rulesets()
            .putEntrypoint(
                Scope.ZONE,
                zone,
                phase,
                "rewrites",
                List.of(
                    RulesetRule.of(
                        "rewrite", "http.request.uri.path eq \"/old\"", null, true, params)));
    assertThat(created.phase()).isEqualTo(phase);
    assertThat(created.rules())
        .singleElement()
        .satisfies(r -> assertThat(r.actionParameters()).isEqualTo(params));
    assertThatThrownBy(
            () ->
                writer
                    .rulesets()
                    .addRule(
                        Scope.ZONE,
                        zone,
                        created.id(),
                        RulesetRule.of("execute", "true", null, true, unknown)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("could not find ruleset");
    var reader = client(sim, "account-token");
    assertThatThrownBy(
            () ->
                reader
                    .rulesets()
                    .addRule(
                        Scope.ZONE,
                        zone,
                        created.id(),
                        RulesetRule.of("log", "true", null, true, null)))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("Zone → Zone WAF → Edit");
  }

  @Test
  void pageRules_createReplaceEditAndDelete(CloudflareSimulator sim) {
    var zone = zone(sim, 2);
    var zoneName = sim.state().read(s -> s.zones().get(2).name());
    var writer = client(sim, "security-write");
    var before = writer.pageRules().list(zone).size();
    var on = JsonNodeFactory.instance.textNode("on");
    var created =
        writer
            .pageRules()
            .create(
                zone,
                new PageRuleInput(
                    List.of(PageRule.Target.url("*" + zoneName + "/images/*")),
                    List.of(new PageRule.Action("always_use_https", null)),
                    2,
                    "active"));
    assertThat(created.url()).isEqualTo("*" + zoneName + "/images/*");
    assertThat(created.status()).isEqualTo("active");
    assertThat(writer.pageRules().list(zone)).hasSize(before + 1);
    assertThat(writer.pageRules().get(zone, created.id())).isEqualTo(created);

    var replaced =
        writer
            .pageRules()
            .update(
                zone,
                created.id(),
                new PageRuleInput(
                    created.targets(), List.of(new PageRule.Action("browser_check", on)), 3, null));
    assertThat(replaced.actions()).containsExactly(new PageRule.Action("browser_check", on));
    assertThat(replaced.priority()).isEqualTo(3);

    var edited =
        writer
            .pageRules()
            .edit(zone, created.id(), new PageRuleInput(null, null, null, "disabled"));
    assertThat(edited.status()).isEqualTo("disabled");
    assertThat(edited.actions()).isEqualTo(replaced.actions());

    assertThatThrownBy(
            () ->
                writer
                    .pageRules()
                    .create(
                        zone,
                        new PageRuleInput(
                            List.of(PageRule.Target.url("elsewhere.example/*")),
                            List.of(new PageRule.Action("always_use_https", null)),
                            null,
                            null)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining(zoneName);
    assertThat(writer.pageRules().delete(zone, created.id())).isEqualTo(created.id());
    assertThatThrownBy(() -> writer.pageRules().get(zone, created.id()))
        .isInstanceOf(NotFoundException.class);
  }
}
