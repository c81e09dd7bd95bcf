package dev.flarelink.cloudflare.internal;

import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.http.CloudflareRequest;
import dev.flarelink.cloudflare.http.CloudflareResponse;
import dev.flarelink.cloudflare.http.Interceptor;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;

/** Adds the credential's headers; the only stage that sees the secret. */
public final class AuthInterceptor implements Interceptor {

  private final @Nullable Credential credential;

  /** Adds this credential to every request; {@code null} sends none. */
  public AuthInterceptor(@Nullable Credential credential) {
    this.credential = credential;
  }

  @Override
  public CloudflareResponse intercept(Chain chain) {
    var request = chain.request();
    if (credential == null) {
      return chain.proceed(request);
    }
    var headers = new HashMap<>(request.headers());
    headers.putAll(credential.headers());
    return chain.proceed(
        new CloudflareRequest(
            request.method(),
            request.path(),
            request.query(),
            headers,
            request.body(),
            request.idempotent(),
            request.budget()));
  }
}
