package dev.flarelink.cloudflare.api;

import static dev.flarelink.cloudflare.internal.ApiSupport.request;
import static dev.flarelink.cloudflare.internal.ApiSupport.segment;

import dev.flarelink.cloudflare.internal.ApiSupport;
import dev.flarelink.cloudflare.model.PageRule;
import dev.flarelink.cloudflare.model.PageRuleInput;
import java.util.Arrays;
import java.util.List;

/** A zone's Page Rules; reading needs "Page Rules Read", changing "Page Rules Write". */
public final class PageRulesApi {

  private final ApiSupport api;

  /** Made by {@code CloudflareClient}. */
  public PageRulesApi(ApiSupport api) {
    this.api = api;
  }

  /** Every Page Rule of the zone (one answer, no paging), highest priority first. */
  public List<PageRule> list(String zoneId) {
    return Arrays.asList(api.call(request("GET", base(zoneId)).build(), PageRule[].class));
  }

  /** One Page Rule. */
  public PageRule get(String zoneId, String ruleId) {
    return api.call(request("GET", one(zoneId, ruleId)).build(), PageRule.class);
  }

  /** Creates a Page Rule; it needs targets and actions. */
  public PageRule create(String zoneId, PageRuleInput rule) {
    return api.send(request("POST", base(zoneId)), rule, PageRule.class);
  }

  /** Replaces a Page Rule: it needs targets and actions, and what is left out takes its default. */
  public PageRule update(String zoneId, String ruleId, PageRuleInput rule) {
    return api.send(request("PUT", one(zoneId, ruleId)), rule, PageRule.class);
  }

  /** Changes the fields of a Page Rule that {@code rule} sets; the others stay. */
  public PageRule edit(String zoneId, String ruleId, PageRuleInput rule) {
    return api.send(request("PATCH", one(zoneId, ruleId)), rule, PageRule.class);
  }

  /** Deletes a Page Rule and returns its id. */
  public String delete(String zoneId, String ruleId) {
    return api.call(request("DELETE", one(zoneId, ruleId)).build()).path("id").asText(ruleId);
  }

  private static String base(String zoneId) {
    return "/zones/" + segment(zoneId) + "/pagerules";
  }

  private static String one(String zoneId, String ruleId) {
    return base(zoneId) + "/" + segment(ruleId);
  }
}
