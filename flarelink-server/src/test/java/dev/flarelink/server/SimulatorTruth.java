package dev.flarelink.server;

import dev.flarelink.simulator.CloudflareSimulator;
import java.util.Set;
import java.util.stream.Collectors;

/** What the simulated account really holds, for tests to compare the service's answers with. */
public final class SimulatorTruth {

  private SimulatorTruth() {}

  /** The emails of the account's accepted members whose user has 2FA off. */
  public static Set<String> activeWithoutTwoFactor(CloudflareSimulator sim) {
    return sim.state()
        .read(
            s ->
                s.members(sim.accountId()).stream()
                    .filter(m -> m.status().equals("accepted"))
                    .filter(m -> !s.user(m.userId()).orElseThrow().twoFactor())
                    .map(m -> m.email())
                    .collect(Collectors.toSet()));
  }
}
