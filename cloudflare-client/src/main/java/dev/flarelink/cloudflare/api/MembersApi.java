package dev.flarelink.cloudflare.api;

import static dev.flarelink.cloudflare.internal.ApiSupport.request;
import static dev.flarelink.cloudflare.internal.ApiSupport.segment;

import dev.flarelink.cloudflare.internal.ApiSupport;
import dev.flarelink.cloudflare.model.Member;
import dev.flarelink.cloudflare.model.Role;
import dev.flarelink.cloudflare.paging.Paged;

/** Account members and roles; needs "Account Settings Read". */
public final class MembersApi {

  /** The largest page the members and roles lists serve. */
  public static final int MAX_PER_PAGE = 50;

  private final ApiSupport api;

  /** Made by {@code CloudflareClient}. */
  public MembersApi(ApiSupport api) {
    this.api = api;
  }

  /** The account's members and pending invitations, 50 a page. */
  public Paged<Member> list(String accountId, MemberListParams params) {
    return api.list(
        request("GET", "/accounts/" + segment(accountId) + "/members")
            .query("status", params.status())
            .query("order", params.order())
            .query("direction", params.direction())
            .query("per_page", MAX_PER_PAGE)
            .build(),
        Member.class,
        Paged.Style.PAGE);
  }

  /** One member. */
  public Member get(String accountId, String memberId) {
    return api.call(
        request("GET", "/accounts/" + segment(accountId) + "/members/" + segment(memberId)).build(),
        Member.class);
  }

  /** The account's roles. */
  public Paged<Role> roles(String accountId) {
    return api.list(
        request("GET", "/accounts/" + segment(accountId) + "/roles")
            .query("per_page", MAX_PER_PAGE)
            .build(),
        Role.class,
        Paged.Style.PAGE);
  }

  /** One role. */
  public Role role(String accountId, String roleId) {
    return api.call(
        request("GET", "/accounts/" + segment(accountId) + "/roles/" + segment(roleId)).build(),
        Role.class);
  }
}
