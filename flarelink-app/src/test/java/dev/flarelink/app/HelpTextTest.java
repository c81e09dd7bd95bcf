package dev.flarelink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The help a person reads: every summary a whole sentence, every paragraph wrapped once (by
 * picocli, to the usage width), no line wider than that width.
 */
class HelpTextTest {

  /** Every command and subcommand by its full name, e.g. "connections test". */
  static Map<String, CommandLine> commands() {
    var all = new LinkedHashMap<String, CommandLine>();
    collect("", Main.commandLine(), all);
    return all;
  }

  private static void collect(String prefix, CommandLine line, Map<String, CommandLine> into) {
    into.put(prefix.isEmpty() ? "flarelink" : prefix.strip(), line);
    line.getSubcommands().forEach((name, sub) -> collect(prefix + " " + name, sub, into));
  }

  static Stream<String> commandNames() {
    return commands().keySet().stream();
  }

  private static String help(String... args) {
    var out = new StringWriter();
    var line = Main.commandLine();
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(new StringWriter()));
    line.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    assertThat(line.execute(args)).isZero();
    return out.toString();
  }

  @Test
  void topLevelHelp_listsEveryCommandWithAWholeSentence() {
    var text = help("--help");
    var width = Main.commandLine().getUsageHelpWidth();
    text.lines().forEach(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(width));
    assertThat(text)
        .as("the exit-code table")
        .containsPattern("\\n  0 +Done")
        .containsPattern("\\n  1 +A check or an operation ran and failed")
        .containsPattern("\\n  2 +Bad input or an unknown thing");
    var entries = entries(text.substring(text.indexOf("Commands:")));
    var subcommands = Main.commandLine().getSubcommands();
    assertThat(entries.keySet()).containsExactlyElementsOf(subcommands.keySet());
    entries.forEach(
        (name, summary) -> {
          assertThat(summary).as(name).endsWith(".");
          assertThat(summary)
              .as(name + ": the listed summary is the whole first sentence")
              .isEqualTo(normal(summary(subcommands.get(name))));
        });
  }

  @ParameterizedTest
  @MethodSource("commandNames")
  void eachCommandsHelp_fitsTheWidthAndIsWrappedOnce(String name) {
    var line = commands().get(name);
    var args = new ArrayList<String>();
    if (!name.equals("flarelink")) {
      args.addAll(List.of(name.split(" ")));
    }
    args.add("--help");
    var text = help(args.toArray(String[]::new));
    var width = line.getUsageHelpWidth();
    text.lines()
        .forEach(l -> assertThat(l.length()).as(name + ": " + l).isLessThanOrEqualTo(width));

    if (line.getCommand() instanceof CommandLine.HelpCommand) {
      return; // picocli's own
    }
    var description = line.getCommandSpec().usageMessage().description();
    assertThat(description).as(name + " has a description").isNotEmpty();
    assertThat(summary(line))
        .as(name + ": the summary is one whole sentence")
        .matches("[A-Z].*[.]")
        .doesNotContain(". ");
    for (var paragraph : description) {
      // A paragraph ends a sentence (or introduces a list); only an indented literal line, such
      // as an example, is left as written. Anything else is a line wrapped by hand, which picocli
      // would wrap a second time.
      if (!paragraph.startsWith("  ")) {
        assertThat(paragraph)
            .as(name + ": a paragraph, not a line wrapped by hand")
            .matches("(?s).*[.:?]");
      }
      assertThat(text.replaceAll("\\s+", ""))
          .as(name + ": every paragraph is shown whole")
          .contains(paragraph.replaceAll("\\s+", ""));
    }
  }

  /** The command list of the top-level help: each name with its summary, lines joined. */
  private static Map<String, String> entries(String commandsSection) {
    var entries = new LinkedHashMap<String, String>();
    String current = null;
    for (var l : commandsSection.lines().skip(1).toList()) {
      if (!l.startsWith(" ")) {
        break; // the next section, e.g. the exit codes
      }
      var m = Pattern.compile("^  (\\S+)\\s+(.*)$").matcher(l);
      if (m.matches()) {
        current = m.group(1);
        entries.put(current, m.group(2).strip());
      } else if (current != null && !l.isBlank()) {
        entries.merge(current, l.strip(), (a, b) -> a + " " + b);
      }
    }
    return entries;
  }

  /** What the command list shows: the header if there is one, else the first paragraph. */
  private static String summary(CommandLine line) {
    var usage = line.getCommandSpec().usageMessage();
    return usage.header().length > 0 ? usage.header()[0] : usage.description()[0];
  }

  private static String normal(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
