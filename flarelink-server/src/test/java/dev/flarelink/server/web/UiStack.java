package dev.flarelink.server.web;

import dev.flarelink.server.FlarelinkServer;
import dev.flarelink.simulator.CloudflareSimulator;
import dev.flarelink.simulator.SimulatorOptions;
import dev.flarelink.simulator.state.SeedSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * What a browser test class runs against: a simulator seeded as asked, the service on an embedded
 * database in {@code dir} with {@code adminKey}, and Debian's Chromium driving it. A class whose
 * machine has no Chromium or chromedriver is skipped, saying why.
 */
record UiStack(CloudflareSimulator sim, FlarelinkServer server, Browser browser, String adminKey)
    implements AutoCloseable {

  static UiStack start(Path dir, SeedSpec seed, String adminKey) {
    var chromium = Browser.onPath("chromium");
    var chromedriver = Browser.onPath("chromedriver");
    if (chromium.isEmpty() || chromedriver.isEmpty()) {
      var reason =
          "Skipping the browser tests: chromium and chromedriver are not on PATH (apt-get install"
              + " chromium chromium-driver; .ci/run does)";
      System.out.println(reason);
      Assumptions.abort(reason);
    }
    var sim = CloudflareSimulator.start(SimulatorOptions.defaults().withSeed(seed));
    FlarelinkServer server = null;
    try {
      server = FlarelinkServer.start(sim, dir, null, adminKey);
      return new UiStack(
          sim, server, Browser.open(chromium.get(), chromedriver.get(), server.url()), adminKey);
    } catch (RuntimeException e) {
      if (server != null) {
        server.close();
      }
      sim.close();
      throw e;
    }
  }

  /** Signs in with the admin key and waits for the integrations page. */
  void signIn() {
    browser.go("/ui");
    browser.find("#api_key").sendKeys(adminKey);
    browser.find("button[type=submit]").click();
    browser.awaitElement("#cf-card");
  }

  @Override
  public void close() {
    browser.close();
    server.close();
    sim.close();
  }
}
