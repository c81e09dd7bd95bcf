package dev.flarelink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var line = Main.commandLine();
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    var code = line.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void help_listsTheCommands() {
    var result = run("--help");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("sim").contains("demo");
  }

  @Test
  void badRateLimit_isExplainedWithoutAStackTrace() {
    var result = run("sim", "--rate-limit", "lots");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err())
        .contains("--rate-limit takes N/SECONDS")
        .doesNotContain("at dev.flarelink");
  }

  @Test
  void badFaultSpec_isExplained() {
    var result = run("sim", "--faults", "explode=1");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("Unknown fault 'explode'");
  }

  @Test
  void unknownOption_isUsage() {
    var result = run("sim", "--bogus");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("Unknown option");
  }

  @Test
  void demo_runsAgainstTheSimulator() {
    var result = run("demo", "--port", "0", "--no-wait");
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Flarelink is running at http://127.0.0.1:")
        .contains("API key (admin, shown once): flk_")
        .contains("test passed");
  }
}
