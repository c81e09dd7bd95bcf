package dev.flarelink.cli;

import dev.flarelink.core.connection.ConnectionInput;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options that give a connection's credential: files or the environment, never arguments. */
public final class CredentialOptions {

  @Option(
      names = "--account-id",
      description = "The 32-character Account ID (default: CLOUDFLARE_ACCOUNT_ID).")
  String accountId;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description =
          "A file holding the API token; - reads standard input (default: CLOUDFLARE_API_TOKEN).")
  Path tokenFile;

  @Option(
      names = "--key-file",
      paramLabel = "FILE",
      description =
          "A file holding a Global API Key; - reads standard input (default: CLOUDFLARE_API_KEY).")
  Path keyFile;

  @Option(
      names = "--email",
      description = "The email of the Global API Key's user (default: CLOUDFLARE_EMAIL).")
  String email;

  @Option(
      names = "--kind",
      description =
          "The credential kind, if you know it: account_token, user_token or global_api_key.")
  String kind;

  @Option(
      names = "--token-type",
      description = "The token's owner, if you know it: account or user.")
  String tokenType;

  @Option(
      names = "--services",
      split = ",",
      description =
          "Services: identity, inventory, alerts, dns_analytics, graphql_analytics, dns_write,"
              + " cache_purge, zone_settings_write, ip_access_rules (default: the read-only ones).")
  List<String> services;

  /**
   * The connection these options describe, reading secrets from files, standard input or the
   * environment.
   */
  ConnectionInput input(String name, Map<String, String> environment) {
    var token =
        SecretSource.read(
            "--token-file",
            tokenFile,
            keyFile == null ? "CLOUDFLARE_API_TOKEN" : "",
            System.in,
            environment);
    var key =
        SecretSource.read(
            "--key-file",
            keyFile,
            tokenFile == null ? "CLOUDFLARE_API_KEY" : "",
            System.in,
            environment);
    var address = email != null ? email : key != null ? environment.get("CLOUDFLARE_EMAIL") : null;
    var account = accountId != null ? accountId : environment.get("CLOUDFLARE_ACCOUNT_ID");
    return new ConnectionInput(name, account, kind, tokenType, token, key, address, services);
  }
}
