package dev.flarelink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.cloudflare.auth.CredentialKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HumanTest {

  @Test
  void wordsTheValuesOfATable() {
    assertThat(Human.value("proxied", true)).isEqualTo("yes");
    assertThat(Human.value("two_factor", false)).isEqualTo("no");
    assertThat(Human.value("ttl", 1)).isEqualTo("auto");
    assertThat(Human.value("ttl", 300)).isEqualTo("300");
    assertThat(Human.value("priority", 1)).as("only a TTL of 1 is automatic").isEqualTo("1");
    assertThat(Human.value("at", Instant.parse("2026-12-05T04:29:30.123456789Z")))
        .isEqualTo("2026-12-05 04:29:30Z");
    assertThat(Human.value("sent", "2026-12-05T04:29:30.422Z")).isEqualTo("2026-12-05 04:29:30Z");
    assertThat(Human.value("credential_kind", "account_token")).isEqualTo("account-owned token");
    assertThat(Human.value("name", "account-token")).as("a name stays").isEqualTo("account-token");
    assertThat(Human.value("kind", CredentialKind.GLOBAL_API_KEY)).isEqualTo("Global API Key");
    assertThat(Human.value("anything", null)).isNull();
  }

  @Test
  void wordsACredentialHint() {
    assertThat(Human.hint("user_token …abcd")).isEqualTo("user-owned token …abcd");
    assertThat(Human.hint("something else")).isEqualTo("something else");
    assertThat(Human.hint("api_token …abcd")).as("a kind not proven").isEqualTo("API token …abcd");
  }
}
