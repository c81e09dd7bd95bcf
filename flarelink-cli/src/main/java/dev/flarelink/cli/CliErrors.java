package dev.flarelink.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one place where errors (and notes) from the use cases, which name REST fields ({@code zones},
 * {@code key}, {@code fresh=true}), are worded for the command line: each field becomes the flag of
 * the command that failed ({@code --zone}, {@code --key-file}, {@code --fresh}).
 */
final class CliErrors {

  /** Field names whose flag is not simply {@code --field-name}, in order of preference. */
  private static final Map<String, List<String>> ALIASES =
      Map.ofEntries(
          Map.entry("token", List.of("--token-file")),
          Map.entry("key", List.of("--key-file")),
          Map.entry("credential_kind", List.of("--kind")),
          Map.entry("enabled_services", List.of("--services")),
          Map.entry("zones", List.of("--zone")),
          Map.entry("zone", List.of("--zone", "ZONE")),
          Map.entry("q", List.of("--search")),
          Map.entry("type", List.of("--type", "TYPE")),
          Map.entry("resource", List.of("RESOURCE_ID")),
          Map.entry("query", List.of("--query", "--query-file")),
          Map.entry("question", List.of("QUESTION")),
          Map.entry("action", List.of("NAME")),
          Map.entry("connection", List.of("CONNECTION", "ID")));

  /** Phrases that only make sense on the REST API, and what the command line says instead. */
  private static final List<Map.Entry<String, String>> PHRASES =
      List.of(
          Map.entry("fresh=true", "--fresh"),
          Map.entry("`key`", "--key-file"),
          Map.entry("`token`", "--token-file"),
          Map.entry("send \"confirm\": true (REST, MCP) or --yes (CLI)", "run it again with --yes"),
          Map.entry("list them to see their ids", "list them with `flarelink connections list`"),
          Map.entry(
              "by updating the connection's services",
              "by adding it to the connection's services (flarelink connections edit CONNECTION"
                  + " --services ...)"));

  /** "(POST ..., or ./flarelink ...)": a REST call offered beside the command; keep the command. */
  private static final Pattern REST_OR_CLI =
      Pattern.compile("\\((?:GET|POST|PATCH|DELETE) [^,()]*, or (\\./flarelink [^()]*)\\)");

  /** A field named in a sentence, as in "give both since and until". */
  private static final Pattern FIELD_IN_TEXT =
      Pattern.compile("\\b(before|after|both|and) (since|until|before)\\b");

  private CliErrors() {}

  /**
   * The flag (or positional parameter) of {@code command} that gives {@code field}; {@code --param
   * field} for an action's inputs; the field itself when the command has nothing for it.
   */
  static String flag(CommandSpec command, String field) {
    var candidates = new ArrayList<>(ALIASES.getOrDefault(field, List.of()));
    candidates.add("--" + field.replace('_', '-'));
    for (var candidate : candidates) {
      if (candidate.startsWith("--") && command.findOption(candidate) != null) {
        return candidate;
      }
      if (!candidate.startsWith("--")
          && command.positionalParameters().stream()
              .anyMatch(p -> p.paramLabel().equals(candidate))) {
        return candidate;
      }
    }
    if (command.findOption("--param") != null) {
      return "--param " + field;
    }
    return field;
  }

  /** The message with the REST API's words replaced by the command line's. */
  static String wording(CommandSpec command, String message) {
    var text = message;
    for (var phrase : PHRASES) {
      text = text.replace(phrase.getKey(), phrase.getValue());
    }
    text = REST_OR_CLI.matcher(text).replaceAll("($1)");
    Matcher m = FIELD_IN_TEXT.matcher(text);
    var out = new StringBuilder();
    while (m.find()) {
      var flag = "--" + m.group(2);
      var replacement = command.findOption(flag) != null ? m.group(1) + " " + flag : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
