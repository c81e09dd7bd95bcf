package dev.flarelink.core.view;

import java.util.List;

/** The JSON shapes of what the explain tool tells an agent: errors and what tools need. */
public final class ExplainViews {

  private ExplainViews() {}

  /**
   * A Cloudflare error explained.
   *
   * @param kind the kind of failure, e.g. {@code permission_denied}
   */
  public record ErrorExplanation(String kind, String explanation, boolean retryable) {}

  /**
   * What a tool needs.
   *
   * @param service the service the connection must enable, or {@code null} when none
   * @param permissions the token permissions it needs
   * @param writes whether the tool changes the account
   */
  public record ToolNeeds(
      String tool, String service, List<String> permissions, boolean writes, String note) {}

  /** What each of these tools needs. */
  public record ToolNeedsList(List<ToolNeeds> tools) {}
}
