package dev.flarelink.core.identity;

import dev.flarelink.core.connect.ConnectionService;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.connection.ServiceNotEnabledException;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.identity.IdentityStore.MemberPage;
import dev.flarelink.core.inventory.ConfigurationFindings;
import dev.flarelink.core.inventory.ResourceStore;
import dev.flarelink.core.query.Paging;
import dev.flarelink.core.scan.Coverage;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** What the identity scans of a connection found: members, roles, changes, an access review. */
public final class IdentityQueries {

  /** Invitations pending longer than this are flagged by default. */
  public static final int DEFAULT_PENDING_DAYS = 7;

  private final ConnectionService connections;
  private final IdentityStore store;
  private final ScanStore scans;
  private final ResourceStore resources;
  private final Clock clock;

  /**
   * Queries over these stores, for connections the workspace owns; the review reads the stored
   * configuration from {@code resources}.
   */
  public IdentityQueries(
      ConnectionService connections,
      IdentityStore store,
      ScanStore scans,
      ResourceStore resources,
      Clock clock) {
    this.connections = connections;
    this.store = store;
    this.scans = scans;
    this.resources = resources;
    this.clock = clock;
  }

  /**
   * How much of the account the stored answers cover: whether an identity scan ran, and what it
   * could not read.
   *
   * @throws ServiceNotEnabledException when the connection does not enable identity
   */
  public Coverage coverage(String workspaceId, String connectionId) {
    return Coverage.of(scans, connections.get(workspaceId, connectionId), ScanKind.IDENTITY);
  }

  /** One page of the connection's members matching the query. */
  public MemberPage members(String workspaceId, String connectionId, MemberQuery query) {
    enabled(workspaceId, connectionId);
    return store.members(connectionId, query);
  }

  private void enabled(String workspaceId, String connectionId) {
    ServiceNotEnabledException.check(connections.get(workspaceId, connectionId), Service.IDENTITY);
  }

  /** Every member matching the query, page after page (for exports). */
  public List<MemberView> allMembers(String workspaceId, String connectionId, MemberQuery query) {
    enabled(workspaceId, connectionId);
    var all = new ArrayList<MemberView>();
    for (int page = 1; ; page++) {
      var next =
          store.members(
              connectionId,
              new MemberQuery(
                  query.status(), query.role(), query.twoFactor(), query.text(), page, 1000));
      all.addAll(next.members());
      if (all.size() >= next.total() || next.members().isEmpty()) {
        return all;
      }
    }
  }

  /** The roles in use, each with the current members who hold it. */
  public List<RoleView> roles(String workspaceId, String connectionId) {
    var holders = new TreeMap<String, List<String>>();
    for (var member : allMembers(workspaceId, connectionId, MemberQuery.ALL)) {
      for (var role : member.member().roleIds()) {
        holders.computeIfAbsent(role, r -> new ArrayList<>()).add(member.member().email());
      }
    }
    return store.roles(connectionId).stream()
        .map(
            r ->
                new RoleView(
                    r.roleId(),
                    r.name(),
                    r.description(),
                    r.permissions(),
                    holders.getOrDefault(r.roleId(), List.of()).stream().sorted().toList()))
        .toList();
  }

  /**
   * The changes found by scans in a time range, oldest first.
   *
   * @param since from this time, or {@code null}
   * @param until before this time, or {@code null}
   * @param limit at most this many, 1 to 10000
   */
  public List<MemberChange> changes(
      String workspaceId, String connectionId, Instant since, Instant until, int limit) {
    enabled(workspaceId, connectionId);
    Paging.limit(limit);
    if (since != null && until != null && !since.isBefore(until)) {
      throw InvalidInputException.of("since", "must be before until");
    }
    return store.changes(connectionId, since, until, limit);
  }

  /**
   * The access review of the connection's account, flagging invitations older than the days. Its
   * coverage says whether there is a scan to review at all.
   */
  public AccessReview review(String workspaceId, String connectionId, int pendingDays) {
    if (pendingDays < 0 || pendingDays > 3650) {
      throw InvalidInputException.of("pending_days", "must be from 0 to 3650, was " + pendingDays);
    }
    var coverage = coverage(workspaceId, connectionId);
    var members = allMembers(workspaceId, connectionId, MemberQuery.ALL);
    var superRoles =
        store.roles(connectionId).stream()
            .filter(r -> r.name().startsWith("Super Administrator"))
            .map(IdentityStore.RoleRecord::roleId)
            .toList();
    var cutoff = clock.instant().minus(Duration.ofDays(pendingDays));
    var security = store.security(connectionId).orElse(null);
    return new AccessReview(
        coverage,
        coverage.scannedAt(),
        security == null ? null : security.enforceTwoFactor(),
        members.stream()
            .filter(m -> m.member().roleIds().stream().anyMatch(superRoles::contains))
            .toList(),
        members.stream().filter(m -> Boolean.FALSE.equals(m.member().twoFactor())).toList(),
        pendingDays,
        members.stream()
            .filter(m -> m.member().status().equals("invited"))
            .filter(m -> m.firstSeen().isBefore(cutoff))
            .toList(),
        members.stream().filter(m -> reachesEveryZone(m.member().policies())).toList(),
        security == null ? null : security.auditLogProblem(),
        ConfigurationFindings.of(
            resources, connections.get(workspaceId, connectionId), clock.instant()));
  }

  /**
   * Whether a policy in the canonical text form allows access over every zone: a scope whose
   * objects are {@code *} (the whole account) or {@code com.cloudflare.api.account.zone.*}.
   */
  static boolean reachesEveryZone(String policies) {
    if (policies == null || policies.isEmpty()) {
      return false;
    }
    for (var policy : policies.split("; ", -1)) {
      if (policy.startsWith("allow ")
          && (policy.contains("[*]")
              || policy.contains("[*,")
              || policy.contains(",*]")
              || policy.contains("zone.*"))) {
        return true;
      }
    }
    return false;
  }
}
