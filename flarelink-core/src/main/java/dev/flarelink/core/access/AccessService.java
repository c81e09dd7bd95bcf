package dev.flarelink.core.access;

import dev.flarelink.core.connection.ConnectionValidator;
import dev.flarelink.core.error.DuplicateNameException;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.error.NotFoundException;
import dev.flarelink.core.error.RefusedException;
import dev.flarelink.core.error.RefusedException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Workspaces and API keys: who may call the service and which workspace they see. A key is shown
 * once when made and kept only as its SHA-256 hash; admin keys also manage workspaces and keys.
 */
public final class AccessService {

  /** The workspace the admin key and the CLI work in unless told otherwise. */
  public static final String DEFAULT_WORKSPACE = "default";

  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_NAME = 100;

  private final WorkspaceStore workspaces;
  private final ApiKeyStore keys;
  private final Clock clock;
  private final Supplier<String> ids;

  /** Access over these stores; {@code ids} makes new identifiers. */
  public AccessService(
      WorkspaceStore workspaces, ApiKeyStore keys, Clock clock, Supplier<String> ids) {
    this.workspaces = workspaces;
    this.keys = keys;
    this.clock = clock;
    this.ids = ids;
  }

  /** Makes the default workspace unless it exists. */
  public void ensureDefaultWorkspace() {
    if (workspaces.find(DEFAULT_WORKSPACE).isEmpty()) {
      workspaces.create(DEFAULT_WORKSPACE, "Default", now());
    }
  }

  /**
   * Makes sure the service has an admin key: {@code fromEnvironment} (FLARELINK_ADMIN_KEY) when
   * given and not stored yet, else a generated one when no admin key exists.
   *
   * @return the generated key's value, to show once; empty when none was generated
   */
  public Optional<String> ensureAdminKey(String fromEnvironment) {
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      var value = fromEnvironment.strip();
      if (authenticate(value).isEmpty()) {
        store(DEFAULT_WORKSPACE, "admin (FLARELINK_ADMIN_KEY)", value, true);
      }
      return Optional.empty();
    }
    if (keys.hasAdmin()) {
      return Optional.empty();
    }
    var generated = newValue();
    store(DEFAULT_WORKSPACE, "admin", generated, true);
    return Optional.of(generated);
  }

  /** The live key with this value, if any. */
  public Optional<ApiKey> authenticate(String value) {
    return keys.findLive(hash(value));
  }

  /** The live key an {@code Authorization: Bearer KEY} header carries, if any. */
  public Optional<ApiKey> authenticateHeader(String authorization) {
    return Bearer.key(authorization).flatMap(this::authenticate);
  }

  /** Whether this key is still live (not revoked since it was read). */
  public boolean isLive(ApiKey key) {
    return keys.list(key.workspaceId()).stream().anyMatch(k -> k.id().equals(key.id()));
  }

  /** Every workspace, by name; admin keys only. */
  public List<Workspace> workspaces(ApiKey caller) {
    requireAdmin(caller);
    return workspaces.list();
  }

  /**
   * Makes a workspace and its first key; admin keys only.
   *
   * @throws InvalidInputException when the name is missing, too long or not plain text
   * @throws DuplicateNameException when a workspace has that name
   */
  public NewWorkspace createWorkspace(ApiKey caller, String name) {
    requireAdmin(caller);
    if (!plainName(name)) {
      throw InvalidInputException.of(
          "name", "A workspace needs a name of 1 to " + MAX_NAME + " plain characters");
    }
    var stripped = name.strip();
    if (workspaces.list().stream().anyMatch(w -> w.name().equals(stripped))) {
      throw DuplicateNameException.workspace(stripped);
    }
    var workspace = workspaces.create(ids.get(), stripped, now());
    return new NewWorkspace(workspace, store(workspace.id(), "first key", newValue(), false));
  }

  /**
   * Makes a key in a workspace, named {@code name} or {@code key}; admin keys only.
   *
   * @throws InvalidInputException when the name is too long or not plain text
   * @throws NotFoundException when there is no such workspace
   */
  public NewKey createKey(ApiKey caller, String workspaceId, String name) {
    requireAdmin(caller);
    existing(workspaceId);
    var named = name != null && !name.isBlank();
    if (named && !plainName(name)) {
      throw InvalidInputException.of(
          "name", "A key's name has 1 to " + MAX_NAME + " plain characters");
    }
    return store(workspaceId, named ? name.strip() : "key", newValue(), false);
  }

  /** The live keys of a workspace, oldest first (never their values); admin keys only. */
  public List<ApiKey> keys(ApiKey caller, String workspaceId) {
    requireAdmin(caller);
    return keys.list(existing(workspaceId));
  }

  /**
   * Revokes a key of a workspace; admin keys only, and never the key making the call.
   *
   * @throws NotFoundException when the workspace or the live key does not exist
   */
  public void revokeKey(ApiKey caller, String workspaceId, String keyId) {
    requireAdmin(caller);
    if (caller.id().equals(keyId)) {
      throw new RefusedException(
          Reason.CONFLICT,
          "Cannot revoke this key",
          "This is the key making the call; revoke it with another admin key");
    }
    if (!keys.revoke(existing(workspaceId), keyId, now())) {
      throw new NotFoundException("There is no live key " + keyId + " in this workspace");
    }
  }

  /**
   * Whether a name has 1 to 100 characters, none of them one a person cannot see or that reorders
   * what they see (the rule connection names follow).
   */
  private static boolean plainName(String name) {
    return name != null
        && !name.isBlank()
        && name.strip().length() <= MAX_NAME
        && ConnectionValidator.invisible(name).isEmpty();
  }

  private static void requireAdmin(ApiKey caller) {
    if (!caller.admin()) {
      throw new RefusedException(
          Reason.NOT_PERMITTED, "Admin only", "Only an admin key manages workspaces and keys");
    }
  }

  private String existing(String workspaceId) {
    if (workspaces.find(workspaceId).isEmpty()) {
      throw new NotFoundException("There is no workspace " + workspaceId);
    }
    return workspaceId;
  }

  private NewKey store(String workspaceId, String name, String value, boolean admin) {
    var hint = "…" + value.substring(Math.max(0, value.length() - 4));
    var key = new ApiKey(ids.get(), workspaceId, name, hint, admin, now());
    keys.add(key, hash(value));
    return new NewKey(key, value);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** A new random key value: {@code flk_} and 40 characters. */
  static String newValue() {
    var text = new StringBuilder("flk_");
    for (int i = 0; i < 40; i++) {
      text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }

  private static String hash(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
