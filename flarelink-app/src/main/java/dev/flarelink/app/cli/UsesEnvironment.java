package dev.flarelink.app.cli;

import java.util.Map;

/** A command that reads settings and secrets from the environment, which tests can replace. */
interface UsesEnvironment {

  /** Sets the environment the command reads. */
  void environment(Map<String, String> environment);
}
