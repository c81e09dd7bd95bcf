package dev.flarelink.cloudflare.error;

import dev.flarelink.cloudflare.model.ApiMessage;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The one unchecked exception type of the client. Each subtype names a situation a caller can act
 * on; {@link #explanation()} says in one sentence what is wrong and what to change. Instances are
 * made only by the client's error mapper and never contain a credential.
 */
public abstract sealed class CloudflareException extends RuntimeException
    permits InvalidCredentialHeadersException,
        MissingCredentialsException,
        InvalidCredentialException,
        PermissionDeniedException,
        LocationRestrictedException,
        AccountTokenNotSupportedException,
        NoRouteException,
        NotFoundException,
        RateLimitedException,
        InvalidRequestException,
        ServerErrorException,
        TransportException,
        MalformedResponseException,
        PagingException,
        GraphQlException {

  private static final long serialVersionUID = 1L;

  private final transient ErrorContext context;
  private final String explanation;

  CloudflareException(ErrorContext context, String explanation, @Nullable Throwable cause) {
    super(describe(context, explanation), cause);
    this.context = context;
    this.explanation = explanation;
  }

  private static String describe(ErrorContext context, String explanation) {
    var where = new StringBuilder();
    if (context.status() > 0) {
      where.append("HTTP ").append(context.status()).append(", ");
    }
    where.append(context.method()).append(' ').append(context.path());
    if (context.rayId() != null) {
      where.append(", cf-ray ").append(context.rayId());
    }
    var text = explanation + " [" + where + "]";
    if (!context.errors().isEmpty()) {
      text +=
          ": "
              + context.errors().stream().map(ApiMessage::render).collect(Collectors.joining(", "));
    }
    return text;
  }

  /** One sentence a person can act on: what is wrong, and what to change. */
  public String explanation() {
    return explanation;
  }

  /** The HTTP status, or 0 when no response arrived. */
  public int status() {
    return context.status();
  }

  /** Every error Cloudflare returned, in order, with their chains. */
  public List<ApiMessage> errors() {
    return context.errors();
  }

  /** The codes of every error and of every chained cause. */
  public List<Integer> codes() {
    return context.errors().stream().flatMap(e -> e.allCodes().stream()).toList();
  }

  /** Cloudflare's {@code cf-ray} id of the response, or {@code null}. */
  public @Nullable String rayId() {
    return context.rayId();
  }

  /** The request method. */
  public String method() {
    return context.method();
  }

  /** The request path below the base URL, with its query. */
  public String path() {
    return context.path();
  }

  /** The whole context. */
  public ErrorContext context() {
    return context;
  }

  /** Whether sending the same request again later may succeed. */
  public boolean isRetryable() {
    return false;
  }
}
