package dev.flarelink.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flarelink.core.access.Bearer;
import org.junit.jupiter.api.Test;

class BearerTest {

  @Test
  void theSchemeMatchesInAnyCase_andTheKeyIsTrimmed() {
    assertThat(Bearer.key("Bearer flk_a")).contains("flk_a");
    assertThat(Bearer.key("bearer flk_a")).contains("flk_a");
    assertThat(Bearer.key("BEARER  flk_a ")).contains("flk_a");
    assertThat(Bearer.key("Bearer\tflk_a")).contains("flk_a");
  }

  @Test
  void otherSchemesAndBlankKeys_carryNoKey() {
    assertThat(Bearer.key(null)).isEmpty();
    assertThat(Bearer.key("Bearer")).isEmpty();
    assertThat(Bearer.key("Bearer ")).isEmpty();
    assertThat(Bearer.key("Bearer    ")).isEmpty();
    assertThat(Bearer.key("Bearerflk_a")).isEmpty();
    assertThat(Bearer.key("Basic flk_a")).isEmpty();
    assertThat(Bearer.key("Token flk_abcdef")).isEmpty();
  }
}
