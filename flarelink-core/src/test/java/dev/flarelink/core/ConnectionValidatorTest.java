package dev.flarelink.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.auth.CredentialKind;
import dev.flarelink.core.connection.ConnectionInput;
import dev.flarelink.core.connection.ConnectionValidator;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.error.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectionValidatorTest {

  private static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
  private static final String TOKEN = "a".repeat(40);
  private final ConnectionValidator validator = new ConnectionValidator();

  private static ConnectionInput input(
      String account, String token, String key, String email, List<String> services) {
    return new ConnectionInput("Production", account, null, null, token, key, email, services);
  }

  private InvalidInputException.Problem problem(ConnectionInput input) {
    var error =
        Assertions.assertThrows(InvalidInputException.class, () -> validator.validate(input));
    return error.problems().getFirst();
  }

  @Test
  void aGoodConnection_isNormalised() {
    var spec =
        validator.validate(
            new ConnectionInput(
                "  Production ",
                "  " + ACCOUNT.toUpperCase(Locale.ROOT) + "\n",
                "account_token",
                "account",
                " " + TOKEN + " ",
                null,
                null,
                null));
    assertThat(spec.name()).isEqualTo("Production");
    assertThat(spec.accountId()).isEqualTo(ACCOUNT);
    assertThat(spec.statedKind()).isEqualTo(CredentialKind.ACCOUNT_TOKEN);
    assertThat(spec.services()).containsExactlyElementsOf(Service.readOnlyDefaults());
    assertThat(spec.credential().toString()).doesNotContain(TOKEN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0123456789abcdef0123456789abcde",
        "0123456789abcdef0123456789abcdeg",
        "acme-corp",
        "01234567-89ab-cdef-0123-456789abcdef"
      })
  void badAccountIds_sayWhereToFindIt(String account) {
    var problem = problem(input(account, TOKEN, null, null, null));
    assertThat(problem.field()).isEqualTo("account_id");
    assertThat(problem.message()).contains("32 hexadecimal characters").contains("home page");
  }

  @Test
  void credentials_mustFitTogether() {
    assertThat(problem(input(ACCOUNT, TOKEN, null, "a@example.com", null)).message())
        .contains("only with a Global API Key");
    assertThat(problem(input(ACCOUNT, null, "f".repeat(37), null, null)).message())
        .contains("needs the email");
    assertThat(problem(input(ACCOUNT, TOKEN, "f".repeat(37), "a@example.com", null)).message())
        .contains("not both");
    assertThat(problem(input(ACCOUNT, null, null, null, null)).message())
        .contains("A credential is required");
    assertThat(problem(input(ACCOUNT, "cfk_" + "k".repeat(46), null, null, null)).message())
        .contains("Global API Key");
    assertThat(problem(input(ACCOUNT, TOKEN + "\n" + TOKEN, null, null, null)).message())
        .contains("line breaks");
    assertThat(problem(input(ACCOUNT, null, "f".repeat(37), "not-an-email", null)).field())
        .isEqualTo("email");
    assertThat(
            problem(
                    new ConnectionInput(
                        "x", ACCOUNT, "global_api_key", null, TOKEN, null, null, null))
                .field())
        .isEqualTo("credential_kind");
  }

  @Test
  void services_andNames() {
    assertThat(
            problem(input(ACCOUNT, TOKEN, null, null, List.of("identity", "teleport"))).message())
        .contains("Unknown service 'teleport'")
        .contains("dns_write");
    assertThat(problem(input(ACCOUNT, TOKEN, null, null, List.of())).message())
        .contains("at least one");
    assertThat(
            problem(
                    new ConnectionInput(
                        "bad\u0007name", ACCOUNT, null, null, TOKEN, null, null, null))
                .field())
        .isEqualTo("name");
    assertThat(
            problem(
                    new ConnectionInput(
                        "n".repeat(101), ACCOUNT, null, null, TOKEN, null, null, null))
                .message())
        .contains("at most 100");
    assertThat(
            problem(new ConnectionInput("x", ACCOUNT, "robot", null, TOKEN, null, null, null))
                .field())
        .isEqualTo("credential_kind");
    assertThat(
            problem(new ConnectionInput("x", ACCOUNT, null, "team", TOKEN, null, null, null))
                .field())
        .isEqualTo("token_type");
  }

  @Test
  void everyProblem_isReportedAtOnce() {
    assertThatThrownBy(
            () ->
                validator.validate(
                    new ConnectionInput("", "nope", null, null, null, null, null, List.of("x"))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInputException.Problem::field)
                    .contains("name", "account_id", "token", "enabled_services"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Prod\u202Euction",
        "Prod\u202Auction",
        "Prod\u2066uction",
        "Prod\u2069uction",
        "Prod\u200Euction",
        "Prod\u200Fuction",
        "Prod\u200Buction",
        "Prod\u200Cuction",
        "Prod\u200Duction",
        "\uFEFFProduction",
        "Prod\uD800uction",
        "Production\uDC00",
        "Prod\u0085uction"
      })
  void namesThatHideOrReorderCharacters_areRefused_onCreateAndEdit(String name) {
    var created = new ConnectionInput(name, ACCOUNT, null, null, TOKEN, null, null, null);
    var problem = problem(created);
    assertThat(problem.field()).isEqualTo("name");
    assertThat(problem.message()).containsPattern("U\\+[0-9A-F]{4}").contains("plain text");

    var edit = new ConnectionInput(name, null, null, null, null, null, null, null);
    var error =
        Assertions.assertThrows(InvalidInputException.class, () -> validator.validateDetails(edit));
    assertThat(error.problems().getFirst().field()).isEqualTo("name");
  }

  @Test
  void namesInAnyScript_withEmojiAndJoinedCharacters_areKept() {
    for (var name : List.of("Producción ☁️", "本番環境", "Prod 😀 account", "مؤسسة")) {
      assertThat(
              validator
                  .validate(new ConnectionInput(name, ACCOUNT, null, null, TOKEN, null, null, null))
                  .name())
          .isEqualTo(name);
    }
  }
}
