package dev.flarelink.core.identity;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.api.AuditLogParams;
import dev.flarelink.cloudflare.api.MemberListParams;
import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.identity.IdentityStore.RoleRecord;
import dev.flarelink.core.scan.NulText;
import dev.flarelink.core.scan.ReadAhead;
import dev.flarelink.core.scan.ScanKind;
import dev.flarelink.core.scan.ScanMeter;
import dev.flarelink.core.scan.ScanSession;
import dev.flarelink.core.scan.ScanState;
import dev.flarelink.core.scan.ScanWarning;
import dev.flarelink.core.scan.SessionScanner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import org.jspecify.annotations.Nullable;

/**
 * Runs one claimed identity scan: the account's 2FA setting and roles, then its members page by
 * page, each page's new and changed members saved with their changes and a checkpoint in one
 * transaction, then "last seen acting" from the audit log. A scan of an unchanged account writes no
 * member or role rows. Members missing from a whole pass are marked removed; a failed scan never
 * removes anyone, and a scan resumed at its checkpoint leaves removals to the next whole pass (this
 * process did not see the pages before the checkpoint). Declined invitations are not imported; the
 * scan counts them as skipped. The account's settings, roles and audit log are optional parts: one
 * the credential may not read leaves a warning (the scan is partial); a refused member list fails
 * the scan.
 */
public final class IdentityScanner extends SessionScanner {

  /** How far back the first scan of an account reads its audit log. */
  public static final Duration AUDIT_LOOKBACK = Duration.ofDays(90);

  private final IdentityStore store;

  /** A scanner running in {@code session}, saving what it finds in {@code store}. */
  public IdentityScanner(ScanSession session, IdentityStore store) {
    super(ScanKind.IDENTITY, session);
    this.store = store;
  }

  @Override
  protected void read(
      CloudflareClient client,
      Connection connection,
      ScanState scan,
      String owner,
      ScanMeter meter) {
    var account = connection.accountId();
    var warnings = scan.warnings();
    Boolean enforced = null;
    try {
      var settings = client.accounts().get(account).settings();
      enforced = settings == null ? null : settings.enforceTwofactor();
    } catch (PermissionDeniedException e) {
      warnings = ScanWarning.with(warnings, TWO_FACTOR_REFUSED);
    }
    try {
      var nulValues = saveRoles(client, connection);
      if (nulValues > 0) {
        warnings = ScanWarning.with(warnings, NulText.warning(nulValues, "the account's roles"));
      }
    } catch (PermissionDeniedException e) {
      warnings = ScanWarning.with(warnings, ROLES_REFUSED);
    }
    if (!warnings.equals(scan.warnings())) {
      scans.note(scan.id(), warnings, scan.skipped());
    }
    var items = scan.items();
    var skipped = scan.skipped();
    var wholePass = scan.nextPage() <= 1;
    var seen = new HashSet<String>();
    var nulValues = 0;
    // The next page is read from Cloudflare while this one's differences are saved.
    try (var pages =
        new ReadAhead<>(
            client
                .members()
                .list(account, MemberListParams.ALL)
                .startingAtPage(scan.nextPage())
                .pages()
                .iterator(),
            "identity-read-" + scan.id())) {
      while (pages.hasNext()) {
        var page = pages.next();
        var records =
            page.items().stream()
                .filter(m -> !"rejected".equals(m.status()))
                .map(MemberDiff::record)
                .toList();
        nulValues +=
            page.items().stream()
                .filter(m -> !"rejected".equals(m.status()))
                .mapToInt(MemberDiff::nulValues)
                .sum();
        var declined = page.items().size() - records.size();
        if (declined > 0) {
          skipped += declined;
          scans.note(scan.id(), warnings, skipped);
        }
        var existing =
            store.members(connection.id(), records.stream().map(MemberRecord::memberId).toList());
        var now = now();
        var changes = new ArrayList<MemberChange>();
        var written = new ArrayList<MemberRecord>();
        for (var record : records) {
          var stored = existing.get(record.memberId());
          if (!record.equals(stored)) {
            written.add(record);
            changes.addAll(MemberDiff.diff(scan.id(), stored, record, now));
          }
          seen.add(record.memberId());
        }
        items += records.size();
        store.savePage(scan.id(), connection.id(), written, changes, page.number() + 1, items, now);
        if (!scans.progress(scan.id(), owner, meter.progress(), now)) {
          return;
        }
      }
    }
    if (nulValues > 0) {
      // Counted over the pages this run read: a resumed scan counts from where it went on.
      warnings = ScanWarning.with(warnings, NulText.warning(nulValues, "the members"));
      scans.note(scan.id(), warnings, skipped);
    }
    var previous = store.security(connection.id());
    var audit = readAuditLog(client, connection, previous.orElse(null));
    if (audit.problem() != null) {
      warnings = ScanWarning.with(warnings, AUDIT_LOG_REFUSED);
      scans.note(scan.id(), warnings, skipped);
    }
    var finished = now();
    var security = new AccountSecurity(enforced, audit.problem(), audit.readUntil(), finished);
    // A rescan that finds the account as it was writes nothing here either.
    if (previous.isEmpty() || !security.sameAs(previous.get())) {
      store.saveSecurity(connection.id(), security);
    }
    scans.progress(scan.id(), owner, meter.progress(), finished);
    if (wholePass) {
      store.complete(scan.id(), connection.id(), seen, finished);
    } else {
      scans.succeed(scan.id(), finished);
    }
  }

  /** Said when the account's settings cannot be read. */
  static final ScanWarning TWO_FACTOR_REFUSED =
      new ScanWarning(
          "two_factor_enforcement",
          "The credential may not read the account's settings, so whether the account enforces 2FA"
              + " is unknown; members and their own 2FA were imported.",
          "Account → Account Settings → Read");

  /** Said when the account's roles cannot be read. */
  static final ScanWarning ROLES_REFUSED =
      new ScanWarning(
          "roles",
          "The credential may not list the account's roles, so role names, descriptions and"
              + " permissions were not refreshed (those imported before are kept); members were"
              + " imported with their role ids.",
          "Account → Account Settings → Read");

  /** Said when the audit log cannot be read. */
  static final ScanWarning AUDIT_LOG_REFUSED =
      new ScanWarning(
          "audit_log",
          "The credential may not read the audit log, so members' \"last seen acting\" was not"
              + " updated; members were imported. Cloudflare does not report members' last login.",
          "Account → Account Settings → Read (the audit log is read with it)");

  /** Saves the account's roles; returns how many of their texts held U+0000. */
  private int saveRoles(CloudflareClient client, Connection connection) {
    var roles = client.members().roles(connection.accountId()).toList();
    store.saveRoles(
        connection.id(),
        roles.stream()
            .map(
                role ->
                    new RoleRecord(
                        role.id(),
                        NulText.clean(role.name()),
                        NulText.clean(role.description()),
                        MemberDiff.permissions(role.permissions())))
            .toList());
    return roles.stream().mapToInt(role -> NulText.count(role.name(), role.description())).sum();
  }

  /** How reading the audit log went: read up to a time, or not possible and why. */
  private record AuditRead(@Nullable String problem, @Nullable Instant readUntil) {}

  /**
   * Raises each member's "last seen acting" from the audit log entries since the last read (or the
   * last {@link #AUDIT_LOOKBACK} the first time).
   */
  private AuditRead readAuditLog(
      CloudflareClient client, Connection connection, @Nullable AccountSecurity stored) {
    var previous = stored == null ? null : stored.auditReadUntil();
    var until = now();
    var since = previous == null ? until.minus(AUDIT_LOOKBACK) : previous;
    try {
      var entries = 0L;
      var latest = new HashMap<String, Instant>();
      for (var e :
          client.auditLogs().list(connection.accountId(), AuditLogParams.between(since, until))) {
        entries++;
        if (e.actor() != null && e.actor().id() != null && e.when() != null) {
          latest.merge(e.actor().id(), e.when(), (a, b) -> a.isAfter(b) ? a : b);
        }
      }
      store.recordActing(connection.id(), latest);
      // With no entry since the last read, the next read may as well start where this one did:
      // it finds the same nothing and then what came since, so the position need not be saved.
      return new AuditRead(null, entries == 0 && previous != null ? previous : until);
    } catch (PermissionDeniedException e) {
      return new AuditRead(
          "Last seen acting is unknown: this credential may not read the audit log ("
              + e.explanation()
              + "). Cloudflare does not report members' last login.",
          previous);
    }
  }
}
