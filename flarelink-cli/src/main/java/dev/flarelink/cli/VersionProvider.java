package dev.flarelink.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    var version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"flarelink " + (version == null ? "development" : version)};
  }
}
