package dev.flarelink.core.identity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where identity scans keep members, roles, changes and what they learned of the account. */
public interface IdentityStore {

  /** A role in use in the account. */
  record RoleRecord(String roleId, String name, String description, String permissions) {}

  /** One page of members, and how many match in all. */
  record MemberPage(List<MemberView> members, int total, int page, int perPage) {}

  /**
   * The stored members among these ids that are not removed (a removed member who comes back joins
   * anew).
   */
  Map<String, MemberRecord> members(String connectionId, List<String> memberIds);

  /**
   * Saves one page, in one transaction: the members that are new or changed (upserted; unchanged
   * members are not passed, so a scan of an unchanged account writes no member rows), the changes
   * found, and the checkpoint (the next page and the counts so far).
   */
  void savePage(
      String scanId,
      String connectionId,
      List<MemberRecord> members,
      List<MemberChange> changes,
      int nextPage,
      int items,
      Instant now);

  /** Makes the stored roles these, writing only the roles that were added, changed or removed. */
  void saveRoles(String connectionId, List<RoleRecord> roles);

  /** Replaces what is known of the account's security settings. */
  void saveSecurity(String connectionId, AccountSecurity security);

  /** What the last scan learned of the account's security settings. */
  Optional<AccountSecurity> security(String connectionId);

  /** Raises members' "last seen acting" to these times, by Cloudflare user id. */
  void recordActing(String connectionId, Map<String, Instant> lastActingByUserId);

  /**
   * Ends a scan that listed every member in one pass: stored members not among {@code seen} are
   * marked removed, with a {@code left} change each (their "last seen" becomes the previous
   * successful scan's end); returns those changes.
   */
  List<MemberChange> complete(String scanId, String connectionId, Set<String> seen, Instant now);

  /** The current (not removed) members, by email. */
  List<MemberRecord> currentMembers(String connectionId);

  /** Members matching a query, by email. */
  MemberPage members(String connectionId, MemberQuery query);

  /** The changes recorded for a connection, oldest first. */
  List<MemberChange> changes(String connectionId);

  /**
   * The changes recorded in a time range, oldest first.
   *
   * @param since from this time, or {@code null} for the beginning
   * @param until before this time, or {@code null} for now
   */
  List<MemberChange> changes(String connectionId, Instant since, Instant until, int limit);

  /** The roles stored for a connection, by name. */
  List<RoleRecord> roles(String connectionId);
}
