package dev.flarelink.core;

import java.time.Duration;
import java.util.Optional;

/** Whether the storage can serve calls now, for health checks and error answers. */
public interface Readiness {

  /** Why the storage cannot serve calls now, or empty when it can. */
  Optional<String> notReady();

  /** How long a call waits for the storage before it fails. */
  Duration waitLimit();
}
