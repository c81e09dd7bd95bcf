package dev.flarelink.app.cli;

import picocli.CommandLine.Command;

/** {@code flarelink connections}: connections to Cloudflare accounts. */
@Command(
    name = "connections",
    mixinStandardHelpOptions = true,
    description = "Test connections to Cloudflare accounts (saving them comes with the service).",
    subcommands = {ConnectionTestCommand.class})
public final class ConnectionsCommand {}
