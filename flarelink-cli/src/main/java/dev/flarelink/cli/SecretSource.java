package dev.flarelink.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a secret comes from on the command line: a file, standard input, or the environment; never
 * an argument, which any user of the machine could read in the process list.
 */
final class SecretSource {

  private SecretSource() {}

  /**
   * The secret from {@code file} ("-" for standard input), else from {@code variable} in the
   * environment, else {@code null}. Errors start with {@code option}, the flag that named the file.
   */
  static String read(
      String option,
      Path file,
      String variable,
      InputStream stdin,
      Map<String, String> environment) {
    if (file != null) {
      try {
        var text =
            file.toString().equals("-")
                ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(file);
        var secret = text.strip();
        if (secret.isEmpty()) {
          throw new IllegalArgumentException(
              option
                  + ": "
                  + (file.toString().equals("-") ? "standard input" : file.toString())
                  + " is empty; it should hold the secret alone");
        }
        return secret;
      } catch (NoSuchFileException e) {
        throw new IllegalArgumentException(option + ": no such file: " + file, e);
      } catch (IOException e) {
        throw new IllegalArgumentException(
            option + ": cannot read the secret from " + file + ": " + e.getMessage(), e);
      }
    }
    var value = environment.get(variable);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
