package dev.flarelink.cloudflare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.api.DnsRecordListParams;
import dev.flarelink.cloudflare.api.TextMatch;
import dev.flarelink.cloudflare.api.TextMatch.Operator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Text filter operators: read in either list's spelling, sent in the one each list takes. */
class TextMatchTest {

  @Test
  void operators_areNamedInEitherSpelling_andNothingElse() {
    assertThat(Operator.named("exact")).contains(Operator.EQUAL);
    assertThat(Operator.named("EQUAL")).contains(Operator.EQUAL);
    assertThat(Operator.named("startswith")).contains(Operator.STARTS_WITH);
    assertThat(Operator.named("starts_with")).contains(Operator.STARTS_WITH);
    assertThat(Operator.named("endswith")).contains(Operator.ENDS_WITH);
    assertThat(Operator.named("not_equal")).contains(Operator.NOT_EQUAL);
    assertThat(Operator.named("like")).isEmpty();
    assertThat(Operator.named(null)).isEmpty();
  }

  @Test
  void dnsFilters_useTheDottedSuffix_andRefuseNotEqual() {
    var params =
        DnsRecordListParams.builder()
            .name(TextMatch.exact("a.example.com"))
            .content(TextMatch.startsWith("192."))
            .comment(TextMatch.endsWith("ops"))
            .build();
    assertThat(params.query())
        .isEqualTo(
            Map.of(
                "name", "a.example.com", "content.startswith", "192.", "comment.endswith", "ops"));
    assertThat(DnsRecordListParams.builder().name(TextMatch.contains("x")).build().query())
        .isEqualTo(Map.of("name.contains", "x"));
    assertThatThrownBy(() -> DnsRecordListParams.builder().name(TextMatch.notEqual("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no not_equal filter for name");
  }
}
