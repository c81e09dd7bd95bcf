package dev.flarelink.app;

import dev.flarelink.simulator.CloudflareSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The command line run in this JVM as a person types it, and what it answered. */
final class Cli {

  /** What a run answered: its exit code and what it wrote to standard output and error. */
  record Result(int code, String out, String err) {}

  private Cli() {}

  /** Runs the command line, reading settings and secrets from this environment. */
  static Result run(Map<String, String> environment, String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var line = Main.commandLine(environment);
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    return new Result(line.execute(args), out.toString(), err.toString());
  }

  /** Runs the command line against the simulator. */
  static Result run(CloudflareSimulator sim, String... args) {
    return run(Map.of("CLOUDFLARE_BASE_URL", sim.baseUrl()), args);
  }

  /** Runs the command line against the simulator, with more of the environment set. */
  static Result run(CloudflareSimulator sim, Map<String, String> extra, String... args) {
    var environment = new HashMap<>(extra);
    environment.put("CLOUDFLARE_BASE_URL", sim.baseUrl());
    return run(environment, args);
  }

  /**
   * The arguments of {@code connections add} that save a connection named {@code name} to the
   * simulator's account with the token in {@code tokenFile}, followed by {@code more}.
   */
  static String[] addConnection(
      CloudflareSimulator sim, String name, String tokenFile, String... more) {
    var args =
        new ArrayList<>(
            List.of(
                "connections",
                "add",
                "--name",
                name,
                "--account-id",
                sim.accountId(),
                "--token-file",
                tokenFile));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  /**
   * The arguments of {@code connections test} that test the token in {@code tokenFile} on the
   * simulator's account, followed by {@code more}.
   */
  static String[] testCredential(CloudflareSimulator sim, String tokenFile, String... more) {
    var args =
        new ArrayList<>(
            List.of(
                "connections", "test", "--account-id", sim.accountId(), "--token-file", tokenFile));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }
}
