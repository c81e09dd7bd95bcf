package dev.flarelink.cloudflare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flarelink.cloudflare.api.AccountsApi;
import dev.flarelink.cloudflare.api.AlertingApi;
import dev.flarelink.cloudflare.api.AuditLogsApi;
import dev.flarelink.cloudflare.api.CacheApi;
import dev.flarelink.cloudflare.api.DnsAnalyticsApi;
import dev.flarelink.cloudflare.api.DnsRecordsApi;
import dev.flarelink.cloudflare.api.GraphQlApi;
import dev.flarelink.cloudflare.api.HealthChecksApi;
import dev.flarelink.cloudflare.api.IpAccessRulesApi;
import dev.flarelink.cloudflare.api.LoadBalancersApi;
import dev.flarelink.cloudflare.api.MembersApi;
import dev.flarelink.cloudflare.api.PageRulesApi;
import dev.flarelink.cloudflare.api.PermissionGroupsApi;
import dev.flarelink.cloudflare.api.RulesetsApi;
import dev.flarelink.cloudflare.api.TokensApi;
import dev.flarelink.cloudflare.api.ZoneSettingsApi;
import dev.flarelink.cloudflare.api.ZonesApi;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.http.CloudflareRequest;
import dev.flarelink.cloudflare.internal.ApiSupport;
import dev.flarelink.cloudflare.internal.BudgetInterceptor;
import dev.flarelink.cloudflare.internal.Json;
import dev.flarelink.cloudflare.internal.ResponseDecoder;
import dev.flarelink.cloudflare.model.Envelope;
import dev.flarelink.cloudflare.paging.Paged;
import dev.flarelink.cloudflare.ratelimit.BudgetSnapshot;
import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A client of the Cloudflare v4 API for one credential. Build it with {@link #builder()} or {@link
 * #fromEnvironment()}; reach each resource family through its accessor ({@code zones()}, {@code
 * dnsRecords()}, ...). Every call shares the credential's rate budget, retries what may safely be
 * retried, and fails with a {@link dev.flarelink.cloudflare.error.CloudflareException}.
 * Thread-safe; close it to release its connections.
 */
public final class CloudflareClient implements AutoCloseable {

  /** Cloudflare's API, including {@code /client/v4} as the official SDKs do. */
  public static final String DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4";

  private final URI baseUrl;
  private final @Nullable String defaultAccountId;
  private final @Nullable Credential credential;
  private final ApiSupport api;
  private final BudgetInterceptor budget;
  private final AutoCloseable resources;
  private final TokensApi tokens;
  private final AccountsApi accounts;
  private final MembersApi members;
  private final PermissionGroupsApi permissionGroups;
  private final AuditLogsApi auditLogs;
  private final ZonesApi zones;
  private final ZoneSettingsApi zoneSettings;
  private final DnsRecordsApi dnsRecords;
  private final AlertingApi alerting;
  private final DnsAnalyticsApi dnsAnalytics;
  private final GraphQlApi graphQl;
  private final CacheApi cache;
  private final IpAccessRulesApi ipAccessRules;
  private final LoadBalancersApi loadBalancers;
  private final HealthChecksApi healthChecks;
  private final RulesetsApi rulesets;
  private final PageRulesApi pageRules;

  CloudflareClient(ClientParts parts) {
    this.baseUrl = parts.baseUrl();
    this.defaultAccountId = parts.defaultAccountId();
    this.credential = parts.credential();
    this.api = parts.api();
    this.budget = parts.budget();
    this.resources = parts.resources();
    this.tokens = new TokensApi(api);
    this.accounts = new AccountsApi(api);
    this.members = new MembersApi(api);
    this.permissionGroups = new PermissionGroupsApi(api);
    this.auditLogs = new AuditLogsApi(api);
    this.zones = new ZonesApi(api);
    this.zoneSettings = new ZoneSettingsApi(api);
    this.dnsRecords = new DnsRecordsApi(api);
    this.alerting = new AlertingApi(api);
    this.dnsAnalytics = new DnsAnalyticsApi(api);
    this.graphQl = new GraphQlApi(api, parts.decoder());
    this.cache = new CacheApi(api);
    this.ipAccessRules = new IpAccessRulesApi(api);
    this.loadBalancers = new LoadBalancersApi(api);
    this.healthChecks = new HealthChecksApi(api);
    this.rulesets = new RulesetsApi(api);
    this.pageRules = new PageRulesApi(api);
  }

  /** A builder with Cloudflare's defaults. */
  public static CloudflareClientBuilder builder() {
    return new CloudflareClientBuilder();
  }

  /**
   * A client configured by {@code CLOUDFLARE_API_TOKEN} (or {@code CLOUDFLARE_API_KEY} with {@code
   * CLOUDFLARE_EMAIL}) and {@code CLOUDFLARE_BASE_URL}.
   */
  public static CloudflareClient fromEnvironment() {
    return builder().environment(System.getenv()).build();
  }

  /** Token verification and details. */
  public TokensApi tokens() {
    return tokens;
  }

  /** Accounts and memberships. */
  public AccountsApi accounts() {
    return accounts;
  }

  /** Account members and roles. */
  public MembersApi members() {
    return members;
  }

  /** IAM permission groups. */
  public PermissionGroupsApi permissionGroups() {
    return permissionGroups;
  }

  /** The account audit log. */
  public AuditLogsApi auditLogs() {
    return auditLogs;
  }

  /** Zones. */
  public ZonesApi zones() {
    return zones;
  }

  /** Zone settings. */
  public ZoneSettingsApi zoneSettings() {
    return zoneSettings;
  }

  /** DNS records. */
  public DnsRecordsApi dnsRecords() {
    return dnsRecords;
  }

  /** Alert history and notification policies. */
  public AlertingApi alerting() {
    return alerting;
  }

  /** DNS analytics reports. */
  public DnsAnalyticsApi dnsAnalytics() {
    return dnsAnalytics;
  }

  /** GraphQL Analytics. */
  public GraphQlApi graphQl() {
    return graphQl;
  }

  /** Cache purge. */
  public CacheApi cache() {
    return cache;
  }

  /** IP access rules. */
  public IpAccessRulesApi ipAccessRules() {
    return ipAccessRules;
  }

  /** Load balancers, pools, pool health and monitors. */
  public LoadBalancersApi loadBalancers() {
    return loadBalancers;
  }

  /** Standalone health checks. */
  public HealthChecksApi healthChecks() {
    return healthChecks;
  }

  /** Rulesets (WAF custom rules, rate limits, managed rules) of zones and accounts. */
  public RulesetsApi rulesets() {
    return rulesets;
  }

  /** Page Rules of zones. */
  public PageRulesApi pageRules() {
    return pageRules;
  }

  /**
   * Sends any request with the same envelope decoding, errors, retries and budget, and returns its
   * envelope with the result as JSON.
   */
  public Envelope<JsonNode> request(CloudflareRequest request) {
    return api.envelope(request, Json.mapper().constructType(JsonNode.class));
  }

  /** Sends any request and binds its result to {@code type}. */
  public <T> T request(CloudflareRequest request, Class<T> type) {
    return api.call(request, type);
  }

  /**
   * Lists any endpoint whose items sit in a field of {@code result}, such as R2's {@code
   * result.buckets}.
   */
  public <T> Paged<T> listNested(
      CloudflareRequest request, Class<T> type, String field, Paged.Style style) {
    return api.listNested(request, type, field, style);
  }

  /** The account named by {@code CLOUDFLARE_ACCOUNT_ID} or the builder, when one was. */
  public Optional<String> defaultAccountId() {
    return Optional.ofNullable(defaultAccountId);
  }

  /** Lists any endpoint lazily, binding each item to {@code type}. */
  public <T> Paged<T> list(CloudflareRequest request, Class<T> type, Paged.Style style) {
    return api.list(request, type, style);
  }

  /** The credential's REST budget now: used, remaining, paused. */
  public BudgetSnapshot budget() {
    return budget.restBudget().snapshot();
  }

  /** The base URL, e.g. {@code https://api.cloudflare.com/client/v4}. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** The credential's hint (kind and last four characters), never the secret. */
  public String credentialHint() {
    return credential == null ? "none" : credential.hint();
  }

  @Override
  public void close() {
    try {
      resources.close();
    } catch (Exception e) {
      throw new IllegalStateException("Could not close the client's transport", e);
    }
  }

  @Override
  public String toString() {
    return "CloudflareClient[" + baseUrl + ", " + credentialHint() + "]";
  }

  record ClientParts(
      URI baseUrl,
      @Nullable Credential credential,
      ApiSupport api,
      ResponseDecoder decoder,
      BudgetInterceptor budget,
      AutoCloseable resources,
      @Nullable String defaultAccountId) {}
}
