package dev.flarelink.cloudflare.model;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an envelope's {@code "errors"} or {@code "messages"} array.
 *
 * @param code Cloudflare's numeric code (codes are per service, not globally unique)
 * @param message Cloudflare's text
 * @param errorChain nested causes, as Cloudflare sends for 6003 "Invalid request headers"
 * @param documentationUrl a link Cloudflare sometimes adds, or {@code null}
 */
public record ApiMessage(
    int code, String message, List<ApiMessage> errorChain, @Nullable String documentationUrl) {

  public ApiMessage {
    message = message == null ? "" : message;
    errorChain = errorChain == null ? List.of() : List.copyOf(errorChain);
  }

  /** A message with no chain and no documentation link. */
  public static ApiMessage of(int code, String message) {
    return new ApiMessage(code, message, List.of(), null);
  }

  /** This entry's code followed by the codes of its chain, depth first. */
  public List<Integer> allCodes() {
    var codes = new ArrayList<Integer>();
    codes.add(code);
    errorChain.forEach(child -> codes.addAll(child.allCodes()));
    return List.copyOf(codes);
  }

  /** "message (code)", with the chain in brackets, as Cloudflare's own SDKs render it. */
  public String render() {
    var text = new StringBuilder(message).append(" (").append(code).append(')');
    if (!errorChain.isEmpty()) {
      text.append(": [");
      for (int i = 0; i < errorChain.size(); i++) {
        text.append(i == 0 ? "" : ", ").append(errorChain.get(i).render());
      }
      text.append(']');
    }
    return text.toString();
  }
}
