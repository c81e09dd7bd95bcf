package dev.flarelink.core.identity;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.api.MemberListParams;
import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.error.CloudflareException;
import dev.flarelink.cloudflare.model.Member;
import dev.flarelink.core.connection.ConnectionService;
import dev.flarelink.core.port.IdentityStore;
import dev.flarelink.core.port.IdentityStore.RoleRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Imports who can reach an account: its roles, then its members page by page, each page saved with
 * its changes and a checkpoint in one transaction. An unfinished scan resumes at its checkpoint;
 * only a complete pass marks missing members as removed, so a failed scan never removes anyone.
 * Declined invitations are not imported.
 */
public final class IdentityScanner {

  private final ConnectionService connections;
  private final IdentityStore store;
  private final Function<Credential, CloudflareClient> clients;
  private final Clock clock;
  private final Supplier<String> ids;

  /** A scanner over these use cases and store, reaching Cloudflare through {@code clients}. */
  public IdentityScanner(
      ConnectionService connections,
      IdentityStore store,
      Function<Credential, CloudflareClient> clients,
      Clock clock,
      Supplier<String> ids) {
    this.connections = connections;
    this.store = store;
    this.clients = clients;
    this.clock = clock;
    this.ids = ids;
  }

  /** Runs (or resumes) the identity scan of a connection and returns how it ended. */
  public ScanState scan(String workspaceId, String connectionId) {
    var connection = connections.get(workspaceId, connectionId);
    var credential = connections.credential(connection);
    var scan =
        store.unfinished(connectionId).orElseGet(() -> store.start(ids.get(), connectionId, now()));
    var account = connection.accountId();
    try (var client = clients.apply(credential)) {
      store.saveRoles(
          connectionId,
          client.members().roles(account).stream()
              .map(
                  role ->
                      new RoleRecord(
                          role.id(),
                          role.name(),
                          role.description(),
                          permissions(role.permissions())))
              .toList());
      var items = scan.items();
      var pages =
          client
              .members()
              .list(account, MemberListParams.ALL)
              .startingAtPage(scan.nextPage())
              .pages()
              .iterator();
      while (pages.hasNext()) {
        var page = pages.next();
        var records =
            page.items().stream()
                .filter(m -> !"rejected".equals(m.status()))
                .map(IdentityScanner::record)
                .toList();
        var existing =
            store.members(connectionId, records.stream().map(MemberRecord::memberId).toList());
        var now = now();
        var changes = new ArrayList<MemberChange>();
        for (var record : records) {
          changes.addAll(diff(scan.id(), existing.get(record.memberId()), record, now));
        }
        items += records.size();
        store.savePage(scan.id(), connectionId, records, changes, page.number() + 1, items, now);
      }
      store.complete(scan.id(), connectionId, now());
    } catch (CloudflareException e) {
      store.fail(scan.id(), e.explanation(), now());
    }
    return store.scan(scan.id()).orElseThrow();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  static MemberRecord record(Member member) {
    var user = member.user();
    var active = "accepted".equals(member.status());
    var name =
        user == null
            ? null
            : String.join(
                " ",
                java.util.stream.Stream.of(user.firstName(), user.lastName())
                    .filter(n -> n != null && !n.isBlank())
                    .toList());
    var roles = member.roles().stream().map(r -> r.id()).sorted().toList();
    return new MemberRecord(
        member.id(),
        user == null ? null : user.id(),
        member.effectiveEmail(),
        name == null || name.isBlank() ? null : name,
        active ? "active" : "invited",
        active && user != null ? Boolean.TRUE.equals(user.twoFactorAuthenticationEnabled()) : null,
        roles,
        policies(member.policies()));
  }

  /** A policy as text: access, sorted permission groups, and what they reach. */
  static String policies(List<Member.Policy> policies) {
    return policies.stream()
        .map(
            p ->
                p.access()
                    + " "
                    + p.permissionGroups().stream()
                        .map(g -> g.name() == null ? g.id() : g.name())
                        .sorted()
                        .collect(Collectors.joining(","))
                    + " on "
                    + p.resourceGroups().stream()
                        .flatMap(g -> g.scope().stream())
                        .map(
                            s ->
                                s.key()
                                    + s.objects().stream()
                                        .map(o -> o.key())
                                        .sorted()
                                        .collect(Collectors.joining(",", "[", "]")))
                        .sorted()
                        .collect(Collectors.joining(" ")))
        .sorted()
        .collect(Collectors.joining("; "));
  }

  private static String permissions(
      java.util.Map<String, dev.flarelink.cloudflare.model.Permission> permissions) {
    return permissions.entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .map(
            e ->
                e.getKey()
                    + ":"
                    + (e.getValue().edit() ? "edit" : e.getValue().read() ? "read" : "none"))
        .collect(Collectors.joining(","));
  }

  private static List<MemberChange> diff(
      String scanId, MemberRecord before, MemberRecord after, Instant now) {
    var changes = new ArrayList<MemberChange>();
    if (before == null) {
      changes.add(
          new MemberChange(
              scanId,
              after.memberId(),
              after.email(),
              after.status().equals("active") ? "joined" : "invited",
              null,
              now));
      return changes;
    }
    if (before.status().equals("invited") && after.status().equals("active")) {
      changes.add(
          new MemberChange(scanId, after.memberId(), after.email(), "invite_accepted", null, now));
    }
    if (!before.roleIds().equals(after.roleIds())) {
      changes.add(
          new MemberChange(
              scanId,
              after.memberId(),
              after.email(),
              "roles_changed",
              before.roleIds() + " → " + after.roleIds(),
              now));
    }
    if (!before.policies().equals(after.policies())) {
      changes.add(
          new MemberChange(
              scanId,
              after.memberId(),
              after.email(),
              "policies_changed",
              before.policies() + " → " + after.policies(),
              now));
    }
    if (before.twoFactor() != null
        && after.twoFactor() != null
        && !before.twoFactor().equals(after.twoFactor())) {
      changes.add(
          new MemberChange(
              scanId,
              after.memberId(),
              after.email(),
              after.twoFactor() ? "2fa_on" : "2fa_off",
              null,
              now));
    }
    return changes;
  }
}
