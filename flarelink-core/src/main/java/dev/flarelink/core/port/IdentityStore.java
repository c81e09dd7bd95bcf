package dev.flarelink.core.port;

import dev.flarelink.core.identity.MemberChange;
import dev.flarelink.core.identity.MemberRecord;
import dev.flarelink.core.identity.ScanState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where identity scans keep members, roles, changes and their own progress. Thread-safe. */
public interface IdentityStore {

  /** A role in use in the account. */
  record RoleRecord(String roleId, String name, String description, String permissions) {}

  /** Starts a scan at page 1. */
  ScanState start(String scanId, String connectionId, Instant now);

  /** The scan of this connection that did not finish, if any: where to resume. */
  Optional<ScanState> unfinished(String connectionId);

  /**
   * The stored members among these ids that are not removed (a removed member who comes back joins
   * anew).
   */
  Map<String, MemberRecord> members(String connectionId, List<String> memberIds);

  /**
   * Saves one page, in one transaction: the members seen (upserted, marked seen by the scan), the
   * changes found, and the checkpoint (the next page and the counts so far).
   */
  void savePage(
      String scanId,
      String connectionId,
      List<MemberRecord> members,
      List<MemberChange> changes,
      int nextPage,
      int items,
      Instant now);

  /** Replaces the account's roles. */
  void saveRoles(String connectionId, List<RoleRecord> roles);

  /**
   * Ends a complete scan: members the scan did not see are marked removed, with a {@code left}
   * change each; returns those changes.
   */
  List<MemberChange> complete(String scanId, String connectionId, Instant now);

  /** Ends a scan that could not finish; nothing is removed. */
  void fail(String scanId, String error, Instant now);

  /** The current (not removed) members, by email. */
  List<MemberRecord> currentMembers(String connectionId);

  /** The changes recorded for a connection, oldest first. */
  List<MemberChange> changes(String connectionId);

  /** The roles stored for a connection, by name. */
  List<RoleRecord> roles(String connectionId);

  /** A scan by id. */
  Optional<ScanState> scan(String scanId);
}
