package dev.flarelink.cloudflare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.auth.CredentialKind;
import dev.flarelink.cloudflare.auth.GlobalApiKey;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialTest {

  private static final String SECRET = "cfat_" + "S3cr3tValue".repeat(4) + "abcdef";

  @Test
  void prefixesTellTheKind() {
    assertThat(Credential.apiToken(SECRET).kind()).contains(CredentialKind.ACCOUNT_TOKEN);
    assertThat(Credential.apiToken("cfut_" + "a".repeat(46)).kind())
        .contains(CredentialKind.USER_TOKEN);
    assertThat(Credential.apiToken("a".repeat(40)).kind()).isEmpty();
    assertThat(Credential.globalApiKey("f".repeat(37), "a@example.com").kind())
        .contains(CredentialKind.GLOBAL_API_KEY);
  }

  @Test
  void prefixesAndEmail_tellTokensFromKeys() {
    var key = "cfk_" + "k".repeat(40) + "abcdef";
    assertThat(Credential.of(key, "a@example.com")).isInstanceOf(GlobalApiKey.class);
    assertThatThrownBy(() -> Credential.of(key, null)).hasMessageContaining("needs the email");
    assertThatThrownBy(() -> Credential.apiToken(key)).hasMessageContaining("Global API Key");
    assertThat(Credential.of("f".repeat(37), "a@example.com").kind())
        .contains(CredentialKind.GLOBAL_API_KEY);
    assertThat(Credential.of(SECRET, null).kind()).contains(CredentialKind.ACCOUNT_TOKEN);
    assertThatThrownBy(() -> Credential.of(SECRET, "a@example.com"))
        .hasMessageContaining("without an email");
    assertThat(Credential.of("t".repeat(40), " ").kind()).isEmpty();
  }

  @Test
  void secretsNeverAppearInToStringOrHints() {
    var token = Credential.apiToken(SECRET);
    var key = Credential.globalApiKey("0123456789abcdef0123456789abcdef01234", "a@example.com");
    assertThat(token.toString()).doesNotContain("S3cr3t").contains("…cdef");
    assertThat(token.hint()).isEqualTo("account_token …cdef");
    assertThat(key.toString()).doesNotContain("0123456789abcdef").contains("a@example.com");
    assertThat(token.fingerprint()).doesNotContain("S3cr3t").hasSize(24);
    var client = CloudflareClient.builder().credential(token).build();
    assertThat(client.toString()).doesNotContain("S3cr3t");
  }

  @Test
  void environment_conventionalVariables() {
    assertThat(Credential.fromEnvironment(Map.of("CLOUDFLARE_API_TOKEN", " " + SECRET + "\n")))
        .contains(Credential.apiToken(SECRET));
    assertThat(
            Credential.fromEnvironment(
                    Map.of(
                        "CLOUDFLARE_API_KEY", "k".repeat(37), "CLOUDFLARE_EMAIL", "a@example.com"))
                .orElseThrow()
                .kind())
        .contains(CredentialKind.GLOBAL_API_KEY);
    assertThat(Credential.fromEnvironment(Map.of())).isEmpty();
    assertThatThrownBy(
            () -> Credential.fromEnvironment(Map.of("CLOUDFLARE_API_KEY", "k".repeat(37))))
        .hasMessageContaining("CLOUDFLARE_EMAIL");
    assertThatThrownBy(
            () ->
                Credential.fromEnvironment(
                    Map.of("CLOUDFLARE_API_TOKEN", "t", "CLOUDFLARE_API_KEY", "k")))
        .hasMessageContaining("unset one");
  }

  @Test
  void baseUrl_fromEnvironment_includesClientV4() {
    var client =
        CloudflareClient.builder()
            .environment(Map.of("CLOUDFLARE_BASE_URL", "http://127.0.0.1:9/client/v4/"))
            .build();
    assertThat(client.baseUrl().toString()).isEqualTo("http://127.0.0.1:9/client/v4");
    var withAccount =
        CloudflareClient.builder()
            .environment(Map.of("CLOUDFLARE_ACCOUNT_ID", " 0123456789abcdef0123456789abcdef "))
            .build();
    assertThat(withAccount.defaultAccountId()).contains("0123456789abcdef0123456789abcdef");
    assertThatThrownBy(() -> CloudflareClient.builder().baseUrl("ftp://x").build())
        .hasMessageContaining("https://");
  }

  @Test
  void emptyOrMissingParts_areExplained() {
    assertThatThrownBy(() -> Credential.apiToken("  ")).hasMessageContaining("empty");
    assertThatThrownBy(() -> Credential.globalApiKey("k".repeat(37), " "))
        .hasMessageContaining("email");
    assertThat(CredentialKind.fromId("Account-Token")).contains(CredentialKind.ACCOUNT_TOKEN);
  }
}
