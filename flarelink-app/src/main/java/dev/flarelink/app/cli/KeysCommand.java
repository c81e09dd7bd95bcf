package dev.flarelink.app.cli;

import dev.flarelink.app.service.Storages;
import dev.flarelink.cli.EnvironmentCommand;
import dev.flarelink.cli.ExitCodes;
import dev.flarelink.cli.StorageOptions;
import dev.flarelink.core.secret.MasterKeys;
import dev.flarelink.wiring.Wiring;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code flarelink keys rotate}: re-encrypts every stored secret under a new master key. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Manages the master key that encrypts stored secrets.",
    subcommands = {KeysCommand.Rotate.class})
public final class KeysCommand {

  /** {@code flarelink keys rotate}. */
  @Command(
      name = "rotate",
      mixinStandardHelpOptions = true,
      description = {
        "Re-encrypts every stored secret under a new master key.",
        "With the key file (the default), a new key is written and the old one kept in"
            + " master.key.old, so a running service keeps opening every secret and seals new ones"
            + " under the new key: no restart needed. With FLARELINK_MASTER_KEY, set it to the new"
            + " key and FLARELINK_OLD_MASTER_KEYS to the old one, then run this to re-encrypt.",
        "--retire-old then forgets every old key that no stored secret uses any more (a leaked key"
            + " is gone once this says so)."
      })
  public static final class Rotate extends EnvironmentCommand implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin StorageOptions storage;

    @CommandLine.Option(
        names = "--retire-old",
        description =
            "After re-encrypting, forget the old keys no stored secret uses (master.key.old), or"
                + " say when FLARELINK_OLD_MASTER_KEYS may be removed.")
    boolean retireOld;

    @Override
    public Integer call() {
      var location = storage.location(environment);
      location.requireDatabase();
      var settings = Storages.settings(location);
      var fromEnvironment = environment.get("FLARELINK_MASTER_KEY") != null;
      try (var before = Wiring.open(settings, environment, Clock.systemUTC())) {
        if (!fromEnvironment) {
          MasterKeys.rotateFile(settings.dataDir());
        }
        var next = MasterKeys.load(environment, settings.dataDir());
        var count = before.connections().reseal(next);
        var out = spec.commandLine().getOut();
        out.println(
            "Re-encrypted "
                + count
                + " secret(s) under master key "
                + next.currentKey().id()
                + (fromEnvironment
                    ? ""
                    : "; the previous key is kept in "
                        + settings.dataDir().resolve(MasterKeys.OLD_KEY_FILE)));
        if (retireOld) {
          return retire(before, next.currentKey().id(), fromEnvironment, settings.dataDir(), out);
        }
        return 0;
      }
    }

    private int retire(
        Wiring wiring, String currentKey, boolean fromEnvironment, Path dataDir, PrintWriter out) {
      var inUse = wiring.keyIdsInUse();
      var stillOld = new TreeSet<>(inUse);
      stillOld.remove(currentKey);
      if (fromEnvironment) {
        out.println(
            stillOld.isEmpty()
                ? "No stored secret uses an old key any more: remove FLARELINK_OLD_MASTER_KEYS."
                : "Old keys still in use (keep them): " + String.join(", ", stillOld));
        return stillOld.isEmpty() ? 0 : ExitCodes.FAILURE;
      }
      var retired = MasterKeys.retireOldKeys(dataDir, inUse);
      out.println(
          retired.isEmpty()
              ? "No old key to retire."
              : "Retired old key(s) "
                  + String.join(", ", retired)
                  + "; no stored secret used them.");
      if (!stillOld.isEmpty()) {
        out.println(
            "Old keys still in use were kept (a secret was saved meanwhile; run this again): "
                + String.join(", ", stillOld));
        return ExitCodes.FAILURE;
      }
      return 0;
    }
  }
}
