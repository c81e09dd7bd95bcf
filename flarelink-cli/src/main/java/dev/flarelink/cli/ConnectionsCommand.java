package dev.flarelink.cli;

import picocli.CommandLine.Command;

/** {@code flarelink connections}: connections to Cloudflare accounts. */
@Command(
    name = "connections",
    mixinStandardHelpOptions = true,
    description = "Connections to Cloudflare accounts: add, list, show, test, edit, remove.",
    subcommands = {
      ConnectionAddCommand.class,
      ConnectionListCommand.class,
      ConnectionShowCommand.class,
      ConnectionTestCommand.class,
      ConnectionEditCommand.class,
      ConnectionRemoveCommand.class
    })
public final class ConnectionsCommand {}
