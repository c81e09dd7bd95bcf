package dev.flarelink.cli;

import dev.flarelink.core.UseCases;
import java.util.Map;

/** Opens the use cases over a storage location; the app that runs the CLI provides it. */
@FunctionalInterface
public interface Storage {

  /**
   * Opens the database at {@code location} (creating and migrating it when needed), loads the
   * master key from {@code environment} and the data directory, and builds the use cases.
   */
  UseCases open(StorageLocation location, Map<String, String> environment);
}
