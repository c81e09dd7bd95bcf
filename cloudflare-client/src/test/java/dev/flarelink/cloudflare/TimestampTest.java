package dev.flarelink.cloudflare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.internal.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampTest {

  record Holder(Instant at) {}

  private static Instant read(String text) throws Exception {
    return Json.mapper().readValue("{\"at\":\"" + text + "\"}", Holder.class).at();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2014-01-01T05:20:00Z",
        "2014-01-01T05:20:00.12345Z",
        "2021-10-08T17:52:17.571336Z",
        "2024-02-29T23:59:59.999999999Z",
        "2026-11-23T12:00:00.1Z",
        "2026-11-23T12:00:00+02:00",
        "2026-11-23T12:00:00.5-05:30"
      })
  void readsEveryRfc3339Form_likeTheJdk(String text) throws Exception {
    assertThat(read(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-13-01T00:00:00Z",
        "2026-02-30T00:00:00Z",
        "yesterday",
        "2026-11-23T25:00:00Z"
      })
  void refusesWhatIsNoTimestamp(String text) {
    assertThatThrownBy(() -> read(text)).isInstanceOf(Exception.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-11-23"})
  void readsABareDateAsMidnightUtc(String text) throws Exception {
    assertThat(read(text)).isEqualTo(Instant.parse(text + "T00:00:00Z"));
  }
}
