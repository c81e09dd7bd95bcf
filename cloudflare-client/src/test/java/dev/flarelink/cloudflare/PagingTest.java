package dev.flarelink.cloudflare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flarelink.cloudflare.api.MemberListParams;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.error.PagingException;
import dev.flarelink.cloudflare.http.CloudflareRequest;
import dev.flarelink.cloudflare.paging.Paged;
import dev.flarelink.cloudflare.retry.RetryPolicy;
import org.junit.jupiter.api.Test;

class PagingTest {

  private final ManualTime time = new ManualTime();
  private final CannedTransport transport = new CannedTransport();
  private final CloudflareClient client =
      CloudflareClient.builder()
          .credential(Credential.apiToken("x".repeat(40)))
          .transport(transport)
          .clock(time)
          .sleeper(time)
          .retryPolicy(RetryPolicy.NONE)
          .build();

  private static String page(int page, int perPage, int totalCount, String... ids) {
    var items = new StringBuilder();
    for (var id : ids) {
      items.append(items.isEmpty() ? "" : ",").append("{\"id\":\"").append(id).append("\"}");
    }
    return "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":["
        + items
        + "],\"result_info\":{\"page\":"
        + page
        + ",\"per_page\":"
        + perPage
        + ",\"count\":"
        + ids.length
        + ",\"total_count\":"
        + totalCount
        + "}}";
  }

  @Test
  void stopsOnTotalCount_withoutAskingForAnEmptyPage() {
    transport.json(200, page(1, 2, 3, "a", "b")).json(200, page(2, 2, 3, "c"));
    var ids =
        client.members().list("a".repeat(32), MemberListParams.ALL).stream()
            .map(m -> m.id())
            .toList();
    assertThat(ids).containsExactly("a", "b", "c");
    assertThat(transport.sent).hasSize(2);
    assertThat(transport.sent.get(0).queryParameter("per_page")).isEqualTo("50");
    assertThat(transport.sent.get(1).queryParameter("page")).isEqualTo("2");
  }

  @Test
  void isLazy_fetchingOnlyWhatIsConsumed() {
    transport.json(200, page(1, 2, 6, "a", "b"));
    var first = client.members().list("a".repeat(32), MemberListParams.ALL).stream().findFirst();
    assertThat(first).isPresent();
    assertThat(transport.sent).hasSize(1);
  }

  @Test
  void stopsOnAnEmptyPage_whenNoTotalsAreGiven() {
    transport.json(
        200,
        "{\"success\":true,\"result\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"result_info\":{\"page\":1,\"per_page\":2}}");
    transport.json(
        200, "{\"success\":true,\"result\":[],\"result_info\":{\"page\":2,\"per_page\":2}}");
    assertThat(client.members().list("a".repeat(32), MemberListParams.ALL).toList()).hasSize(2);
  }

  @Test
  void aRepeatedPage_stopsTheStreamWithAClearError() {
    transport.json(
        200, "{\"success\":true,\"result\":[{\"id\":\"acct\"}],\"result_info\":{\"per_page\":1}}");
    transport.json(
        200, "{\"success\":true,\"result\":[{\"id\":\"acct\"}],\"result_info\":{\"per_page\":1}}");
    assertThatThrownBy(() -> client.accounts().list(null).toList())
        .isInstanceOf(PagingException.class)
        .hasMessageContaining("page 2 repeats page 1")
        .hasMessageContaining("/accounts");
  }

  @Test
  void aPageNumberTheServerDidNotHonour_isAnError() {
    transport.json(200, page(1, 1, 5, "a")).json(200, page(1, 1, 5, "b"));
    assertThatThrownBy(() -> client.members().list("a".repeat(32), MemberListParams.ALL).toList())
        .isInstanceOf(PagingException.class)
        .hasMessageContaining("page 2 was asked for and page 1 came back");
  }

  @Test
  void resumesAtAPage() {
    transport.json(200, page(3, 2, 6, "e", "f"));
    var ids =
        client.members().list("a".repeat(32), MemberListParams.ALL).startingAtPage(3).stream()
            .map(m -> m.id())
            .toList();
    assertThat(ids).containsExactly("e", "f");
    assertThat(transport.sent.getFirst().queryParameter("page")).isEqualTo("3");
  }

  @Test
  void cursorLists_followCursorAndCursorsAfter_andStopWhenItRunsOut() {
    transport.json(
        200, "{\"success\":true,\"result\":[{\"id\":\"1\"}],\"result_info\":{\"cursor\":\"c2\"}}");
    transport.json(
        200,
        "{\"success\":true,\"result\":[{\"id\":\"2\"}],\"result_info\":{\"cursors\":{\"after\":\"c3\"}}}");
    transport.json(
        200, "{\"success\":true,\"result\":[{\"id\":\"3\"}],\"result_info\":{\"cursor\":\"\"}}");
    var list =
        client.list(
            CloudflareRequest.builder("GET", "/zones/z/rulesets").build(),
            JsonNode.class,
            Paged.Style.CURSOR);
    assertThat(list.toList()).hasSize(3);
    assertThat(transport.sent.get(1).queryParameter("cursor")).isEqualTo("c2");
    assertThat(transport.sent.get(2).queryParameter("cursor")).isEqualTo("c3");
  }

  @Test
  void aCursorThatDoesNotAdvance_isAnError() {
    transport.json(
        200,
        "{\"success\":true,\"result\":[{\"id\":\"1\"}],\"result_info\":{\"cursor\":\"same\"}}");
    transport.json(
        200,
        "{\"success\":true,\"result\":[{\"id\":\"2\"}],\"result_info\":{\"cursor\":\"same\"}}");
    var list =
        client.list(
            CloudflareRequest.builder("GET", "/x").build(), JsonNode.class, Paged.Style.CURSOR);
    assertThatThrownBy(list::toList)
        .isInstanceOf(PagingException.class)
        .hasMessageContaining("cursor did not advance");
  }
}
