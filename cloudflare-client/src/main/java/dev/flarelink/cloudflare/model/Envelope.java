package dev.flarelink.cloudflare.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A decoded Cloudflare response envelope whose {@code result} has been bound to {@code T}.
 *
 * @param result the decoded result, or {@code null} where Cloudflare sent none
 * @param resultInfo paging metadata; never {@code null}
 * @param messages informational messages, which are never errors
 */
public record Envelope<T>(@Nullable T result, ResultInfo resultInfo, List<ApiMessage> messages) {

  public Envelope {
    resultInfo = resultInfo == null ? ResultInfo.empty() : resultInfo;
    messages = messages == null ? List.of() : List.copyOf(messages);
  }
}
