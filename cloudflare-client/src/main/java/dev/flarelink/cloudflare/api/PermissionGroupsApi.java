package dev.flarelink.cloudflare.api;

import static dev.flarelink.cloudflare.internal.ApiSupport.request;
import static dev.flarelink.cloudflare.internal.ApiSupport.segment;

import dev.flarelink.cloudflare.internal.ApiSupport;
import dev.flarelink.cloudflare.model.PermissionGroup;
import dev.flarelink.cloudflare.paging.Paged;

/** The account's IAM permission groups ({@code /accounts/{id}/iam/permission_groups}). */
public final class PermissionGroupsApi {

  private final ApiSupport api;

  /** Made by {@code CloudflareClient}. */
  public PermissionGroupsApi(ApiSupport api) {
    this.api = api;
  }

  /** Every permission group of the account, 50 a page. */
  public Paged<PermissionGroup> list(String accountId) {
    return api.list(
        request("GET", "/accounts/" + segment(accountId) + "/iam/permission_groups")
            .query("per_page", 50)
            .build(),
        PermissionGroup.class,
        Paged.Style.PAGE);
  }
}
