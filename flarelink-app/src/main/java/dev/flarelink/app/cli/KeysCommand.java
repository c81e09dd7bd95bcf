package dev.flarelink.app.cli;

import dev.flarelink.core.secret.MasterKeys;
import dev.flarelink.server.Wiring;
import java.time.Clock;
import java.util.concurrent.Callable;
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
            + " master.key.old, so a running service keeps opening every secret: no restart needed."
            + " With FLARELINK_MASTER_KEY, set it to the new key and FLARELINK_OLD_MASTER_KEYS to"
            + " the old one, then run this to re-encrypt."
      })
  public static final class Rotate extends EnvironmentCommand implements Callable<Integer> {

    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin StorageOptions storage;

    @Override
    public Integer call() {
      var settings = storage.settings(environment);
      StorageOptions.requireDatabase(settings);
      var fromEnvironment = environment.get("FLARELINK_MASTER_KEY") != null;
      try (var before = Wiring.open(settings, environment, Clock.systemUTC())) {
        if (!fromEnvironment) {
          MasterKeys.rotateFile(settings.dataDir());
        }
        var next = MasterKeys.load(environment, settings.dataDir());
        var count = before.connections().reseal(next);
        spec.commandLine()
            .getOut()
            .println(
                "Re-encrypted "
                    + count
                    + " secret(s) under master key "
                    + next.currentKey().id()
                    + (fromEnvironment
                        ? ""
                        : "; the previous key is kept in "
                            + settings.dataDir().resolve(MasterKeys.OLD_KEY_FILE)));
        return 0;
      }
    }
  }
}
