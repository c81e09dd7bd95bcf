package dev.flarelink.app.cli;

import dev.flarelink.cli.ConnectionScopedCommand;
import dev.flarelink.cli.EnvironmentCommand;
import dev.flarelink.cli.StorageOptions;
import dev.flarelink.core.UseCases;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.connection.Service;
import dev.flarelink.mcp.FlarelinkMcp;
import dev.flarelink.mcp.tool.McpOptions;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Serves MCP on standard input and output for an agent that starts Flarelink as a subprocess. Logs
 * go to standard error; the command ends when standard input closes.
 */
@Command(
    name = "mcp",
    mixinStandardHelpOptions = true,
    description = {
      "Serves MCP tools on standard input/output for an AI agent.",
      "With --connection, over that saved connection; without it, over a connection made for this process from CLOUDFLARE_API_TOKEN (or CLOUDFLARE_API_KEY with CLOUDFLARE_EMAIL) and CLOUDFLARE_ACCOUNT_ID, when they are set; otherwise over every saved connection of the workspace."
    })
public final class McpCommand extends EnvironmentCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin StorageOptions storage;

  @Option(names = "--connection", description = "A saved connection's name or id.")
  String connection;

  @Option(
      names = "--allow-writes",
      description =
          "Offer the action tools; each still needs its service enabled and the agent's"
              + " confirmation.")
  boolean allowWrites;

  @Override
  public Integer call() throws Exception {
    var fromEnvironment =
        connection == null
            && environment.get("CLOUDFLARE_ACCOUNT_ID") != null
            && (environment.get("CLOUDFLARE_API_TOKEN") != null
                || environment.get("CLOUDFLARE_API_KEY") != null);
    var accountMissing =
        connection == null
            && environment.get("CLOUDFLARE_ACCOUNT_ID") == null
            && (environment.get("CLOUDFLARE_API_TOKEN") != null
                || environment.get("CLOUDFLARE_API_KEY") != null);
    Path temporary = null;
    if ((fromEnvironment && storage.usesDefaults())
        || (accountMissing && !storage.namesDatabase() && !storage.hasDatabase(environment))) {
      // The environment's credential lives only as long as this process; a credential without an
      // account and nothing saved only needs the test that names the accounts to pick from.
      temporary = Files.createTempDirectory("flarelink-mcp-");
      storage.useDataDir(temporary);
      storage.allowCreating();
    }
    try {
      return serve(fromEnvironment);
    } finally {
      if (temporary != null) {
        Cleanup.deleteTree(temporary);
      }
    }
  }

  private int serve(boolean fromEnvironment) throws Exception {
    try (var wiring = storage.open(environment)) {
      String bound = null;
      if (connection != null) {
        bound = ConnectionScopedCommand.resolve(wiring, storage.workspace(), connection).id();
      } else if (fromEnvironment) {
        bound = fromEnvironment(wiring).id();
      } else if (wiring.connections().list(storage.workspace()).isEmpty()
          && environment.get("CLOUDFLARE_ACCOUNT_ID") == null
          && (environment.get("CLOUDFLARE_API_TOKEN") != null
              || environment.get("CLOUDFLARE_API_KEY") != null)) {
        throw new IllegalArgumentException(accountToPick(wiring));
      } else if (wiring.connections().list(storage.workspace()).isEmpty()) {
        throw new IllegalArgumentException(
            "No saved connection in workspace "
                + storage.workspace()
                + "; add one (flarelink connections add), or set CLOUDFLARE_API_TOKEN and"
                + " CLOUDFLARE_ACCOUNT_ID");
      }
      var ended = new CountDownLatch(1);
      var server =
          FlarelinkMcp.stdio(
              wiring,
              new McpOptions(allowWrites, bound),
              storage.workspace(),
              watched(System.in, ended),
              System.out);
      System.err.println("flarelink: serving MCP on standard input/output");
      ended.await();
      server.closeGracefully();
    }
    return 0;
  }

  private Connection fromEnvironment(UseCases wiring) {
    var services =
        Stream.of(Service.values())
            .filter(s -> allowWrites || s.readOnly())
            .map(Service::id)
            .toList();
    var token = environment.get("CLOUDFLARE_API_TOKEN");
    return wiring
        .connections()
        .create(
            storage.workspace(),
            new ConnectionInput(
                "environment",
                environment.get("CLOUDFLARE_ACCOUNT_ID"),
                null,
                null,
                token,
                token == null ? environment.get("CLOUDFLARE_API_KEY") : null,
                token == null ? environment.get("CLOUDFLARE_EMAIL") : null,
                services),
            // Kept even when some service fails its test: the tools say what is unavailable. An
            // expired or disabled token is still refused.
            true);
  }

  /**
   * The environment gives a credential but no account: what to set, with the accounts it reaches
   * when it may list them.
   */
  private String accountToPick(UseCases wiring) {
    var token = environment.get("CLOUDFLARE_API_TOKEN");
    var report =
        wiring
            .connections()
            .testUnsaved(
                new ConnectionInput(
                    "environment",
                    null,
                    null,
                    null,
                    token,
                    token == null ? environment.get("CLOUDFLARE_API_KEY") : null,
                    token == null ? environment.get("CLOUDFLARE_EMAIL") : null,
                    null));
    if (report.accounts().isEmpty()) {
      return "CLOUDFLARE_ACCOUNT_ID is not set: "
          + report.check("account").map(c -> c.message() + ". " + c.fix()).orElse("set it");
    }
    return "CLOUDFLARE_ACCOUNT_ID is not set, and the credential reaches "
        + report.accounts().size()
        + " account(s): "
        + String.join(
            ", ", report.accounts().stream().map(a -> a.id() + " (" + a.name() + ")").toList())
        + ". A connection is one account: set CLOUDFLARE_ACCOUNT_ID to one of these ids";
  }

  /** Standard input that counts down {@code ended} when it reaches its end or fails. */
  private static InputStream watched(InputStream in, CountDownLatch ended) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        return seen(super.read());
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        return seen(super.read(buffer, offset, length));
      }

      private int seen(int result) {
        if (result < 0) {
          ended.countDown();
        }
        return result;
      }
    };
  }
}
