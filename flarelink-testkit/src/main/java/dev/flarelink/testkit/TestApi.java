package dev.flarelink.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.testkit.TestHttp.Reply;
import java.util.List;

/**
 * The REST API of a service under test, called over real HTTP with one API key.
 *
 * @param baseUrl the service's address, e.g. {@code http://127.0.0.1:8080}
 * @param key the API key every call sends
 */
public record TestApi(String baseUrl, String key) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Sends a request, with a JSON body or {@code null}. */
  public Reply call(String method, String path, String body) throws Exception {
    return TestHttp.call(baseUrl, key, method, path, body);
  }

  /**
   * Saves a connection named {@code name} with one of the simulator's named credentials and returns
   * its id; the test fails unless it is saved.
   *
   * @param services the services to enable, or {@code null} for the read-only defaults
   * @param saveAnyway whether to keep it when its test fails, as a partly permitted credential
   *     needs
   */
  public String saveConnection(
      CloudflareSimulator sim,
      String name,
      String credential,
      List<String> services,
      boolean saveAnyway)
      throws Exception {
    var created =
        call(
            "POST",
            "/api/v1/connections",
            connectionBody(sim, name, credential, services, saveAnyway));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asText();
  }

  /**
   * The body that saves a connection with one of the simulator's named credentials: a token, or the
   * Global API Key with its email.
   *
   * @param services the services to enable, or {@code null} for the read-only defaults
   */
  public static String connectionBody(
      CloudflareSimulator sim,
      String name,
      String credential,
      List<String> services,
      boolean saveAnyway) {
    var named = sim.state().read(s -> s.credential(credential));
    var body = JSON.createObjectNode().put("name", name).put("account_id", sim.accountId());
    if (named.kind().equals("global_api_key")) {
      body.put("key", named.secret()).put("email", named.email());
    } else {
      body.put("token", named.secret());
    }
    if (services != null) {
      services.forEach(body.putArray("enabled_services")::add);
    }
    if (saveAnyway) {
      body.put("save_anyway", true);
    }
    return body.toString();
  }
}
