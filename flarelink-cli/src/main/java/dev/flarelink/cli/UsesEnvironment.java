package dev.flarelink.cli;

import java.util.Map;

/** A command that reads settings and secrets from the environment, which tests can replace. */
public interface UsesEnvironment {

  /** Sets the environment the command reads. */
  void environment(Map<String, String> environment);
}
