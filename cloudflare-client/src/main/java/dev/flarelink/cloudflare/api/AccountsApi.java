package dev.flarelink.cloudflare.api;

import static dev.flarelink.cloudflare.internal.ApiSupport.request;
import static dev.flarelink.cloudflare.internal.ApiSupport.segment;

import dev.flarelink.cloudflare.internal.ApiSupport;
import dev.flarelink.cloudflare.model.Account;
import dev.flarelink.cloudflare.model.Membership;
import dev.flarelink.cloudflare.paging.Paged;

/** Accounts and the calling user's memberships. */
public final class AccountsApi {

  /** The largest page {@code GET /accounts} and {@code GET /memberships} serve. */
  public static final int MAX_PER_PAGE = 50;

  private final ApiSupport api;

  /** Made by {@code CloudflareClient}. */
  public AccountsApi(ApiSupport api) {
    this.api = api;
  }

  /** One account, with its settings (2FA enforcement). */
  public Account get(String accountId) {
    return api.call(request("GET", "/accounts/" + segment(accountId)).build(), Account.class);
  }

  /**
   * The accounts the credential can see. Account-owned tokens are refused here by Cloudflare
   * (1001), and some answers ignore {@code page}; the list stops with an error rather than loop.
   *
   * @param name a name filter, or {@code null}
   */
  public Paged<Account> list(String name) {
    return api.list(
        request("GET", "/accounts").query("name", name).query("per_page", MAX_PER_PAGE).build(),
        Account.class,
        Paged.Style.PAGE);
  }

  /**
   * The calling user's memberships ({@code GET /memberships}); user credentials only.
   *
   * @param status {@code accepted}, {@code pending}, {@code rejected}, or {@code null}
   */
  public Paged<Membership> memberships(String status) {
    return api.list(
        request("GET", "/memberships")
            .query("status", status)
            .query("per_page", MAX_PER_PAGE)
            .build(),
        Membership.class,
        Paged.Style.PAGE);
  }
}
