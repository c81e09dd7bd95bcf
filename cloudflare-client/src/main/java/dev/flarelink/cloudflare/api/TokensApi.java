package dev.flarelink.cloudflare.api;

import static dev.flarelink.cloudflare.internal.ApiSupport.request;
import static dev.flarelink.cloudflare.internal.ApiSupport.segment;

import dev.flarelink.cloudflare.internal.ApiSupport;
import dev.flarelink.cloudflare.model.PermissionGroup;
import dev.flarelink.cloudflare.model.TokenDetails;
import dev.flarelink.cloudflare.model.TokenVerification;
import dev.flarelink.cloudflare.paging.Paged;

/** API token verification and details, for user-owned and account-owned tokens. */
public final class TokensApi {

  private final ApiSupport api;

  /** Made by {@code CloudflareClient}. */
  public TokensApi(ApiSupport api) {
    this.api = api;
  }

  /** Verifies a user-owned token ({@code GET /user/tokens/verify}). */
  public TokenVerification verifyUserToken() {
    return api.call(request("GET", "/user/tokens/verify").build(), TokenVerification.class);
  }

  /** Verifies an account-owned token ({@code GET /accounts/{id}/tokens/verify}). */
  public TokenVerification verifyAccountToken(String accountId) {
    return api.call(
        request("GET", "/accounts/" + segment(accountId) + "/tokens/verify").build(),
        TokenVerification.class);
  }

  /** A user-owned token's details and policies. */
  public TokenDetails getUserToken(String tokenId) {
    return api.call(request("GET", "/user/tokens/" + segment(tokenId)).build(), TokenDetails.class);
  }

  /** An account-owned token's details and policies. */
  public TokenDetails getAccountToken(String accountId, String tokenId) {
    return api.call(
        request("GET", "/accounts/" + segment(accountId) + "/tokens/" + segment(tokenId)).build(),
        TokenDetails.class);
  }

  /** The permission groups a user token may be given. */
  public Paged<PermissionGroup> userPermissionGroups() {
    return api.list(
        request("GET", "/user/tokens/permission_groups").build(),
        PermissionGroup.class,
        Paged.Style.PAGE);
  }

  /** The permission groups an account token of this account may be given. */
  public Paged<PermissionGroup> accountPermissionGroups(String accountId) {
    return api.list(
        request("GET", "/accounts/" + segment(accountId) + "/tokens/permission_groups").build(),
        PermissionGroup.class,
        Paged.Style.PAGE);
  }
}
