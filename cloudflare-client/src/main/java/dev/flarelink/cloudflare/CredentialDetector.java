package dev.flarelink.cloudflare;

import dev.flarelink.cloudflare.auth.ApiToken;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.auth.CredentialDetection;
import dev.flarelink.cloudflare.auth.CredentialKind;
import dev.flarelink.cloudflare.auth.GlobalApiKey;
import dev.flarelink.cloudflare.error.AccountTokenNotSupportedException;
import dev.flarelink.cloudflare.error.CloudflareException;
import dev.flarelink.cloudflare.error.InvalidCredentialException;
import dev.flarelink.cloudflare.error.NoRouteException;
import dev.flarelink.cloudflare.error.NotFoundException;
import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.cloudflare.http.CloudflareRequest;
import dev.flarelink.cloudflare.model.TokenVerification;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Establishes a credential's kind from Cloudflare's answers. Prefixed tokens ({@code cfat_}, {@code
 * cfut_}) are verified where their kind says; a legacy token is tried as account-owned ({@code GET
 * /accounts/{id}/tokens/verify}), then as user-owned ({@code GET /user/tokens/verify}); a Global
 * API Key is checked with {@code GET /user}. A stated kind the evidence contradicts is reported.
 */
public final class CredentialDetector {

  private final CloudflareClient client;

  /** A detector that probes through a client built with the credential in question. */
  public CredentialDetector(CloudflareClient client) {
    this.client = client;
  }

  /**
   * Probes the credential.
   *
   * @param accountId the account the credential is for; needed to verify account-owned tokens
   * @param stated the kind a person said it is, or {@code null}
   * @throws CloudflareException when no probe succeeds (the last probe's error, which explains why)
   */
  public CredentialDetection detect(
      Credential credential, String accountId, CredentialKind stated) {
    var evidence = new ArrayList<String>();
    CredentialKind kind;
    TokenVerification verification = null;
    if (credential instanceof GlobalApiKey) {
      client.request(CloudflareRequest.builder("GET", "/user").build());
      evidence.add("GET /user accepted the key and email");
      kind = CredentialKind.GLOBAL_API_KEY;
    } else {
      var token = (ApiToken) credential;
      var order = probeOrder(token, stated);
      CloudflareException last = null;
      kind = null;
      for (var candidate : order) {
        try {
          verification = verify(candidate, accountId);
          kind = candidate;
          evidence.add(describe(candidate) + " verified it (status " + verification.status() + ")");
          break;
        } catch (InvalidCredentialException
            | AccountTokenNotSupportedException
            | NotFoundException
            | NoRouteException
            | PermissionDeniedException e) {
          evidence.add(describe(candidate) + " refused it: " + e.explanation());
          last = e;
        }
      }
      if (kind == null) {
        throw last;
      }
    }
    return new CredentialDetection(kind, verification, evidence, contradiction(stated, kind));
  }

  private static List<CredentialKind> probeOrder(ApiToken token, CredentialKind stated) {
    if (token.kind().isPresent()) {
      var prefixed = token.kind().get();
      var other =
          prefixed == CredentialKind.ACCOUNT_TOKEN
              ? CredentialKind.USER_TOKEN
              : CredentialKind.ACCOUNT_TOKEN;
      return List.of(prefixed, other);
    }
    return stated == CredentialKind.USER_TOKEN
        ? List.of(CredentialKind.USER_TOKEN, CredentialKind.ACCOUNT_TOKEN)
        : List.of(CredentialKind.ACCOUNT_TOKEN, CredentialKind.USER_TOKEN);
  }

  private TokenVerification verify(CredentialKind kind, String accountId) {
    if (kind == CredentialKind.ACCOUNT_TOKEN) {
      if (accountId == null) {
        throw new IllegalArgumentException(
            "An account ID is needed to verify an account-owned token");
      }
      return client.tokens().verifyAccountToken(accountId);
    }
    return client.tokens().verifyUserToken();
  }

  private static String describe(CredentialKind kind) {
    return kind == CredentialKind.ACCOUNT_TOKEN
        ? "GET /accounts/{account_id}/tokens/verify"
        : "GET /user/tokens/verify";
  }

  private static Optional<String> contradiction(CredentialKind stated, CredentialKind found) {
    if (stated == null || stated == found) {
      return Optional.empty();
    }
    return Optional.of(
        "It was given as "
            + label(stated)
            + ", but Cloudflare accepts it as "
            + label(found)
            + "; change the stated kind to "
            + found.id());
  }

  private static String label(CredentialKind kind) {
    return switch (kind) {
      case ACCOUNT_TOKEN -> "an account-owned token";
      case USER_TOKEN -> "a user-owned token";
      case GLOBAL_API_KEY -> "a Global API Key";
    };
  }
}
