package dev.flarelink.core.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where API keys are kept: only their SHA-256 hashes, never their values. Implementations are
 * thread-safe.
 */
public interface ApiKeyStore {

  /** Stores a key by its hash. */
  void add(ApiKey key, String keyHash);

  /** The live key with this hash, if any. */
  Optional<ApiKey> findLive(String keyHash);

  /** Whether any live admin key exists. */
  boolean hasAdmin();

  /** The live keys of a workspace, oldest first. */
  List<ApiKey> list(String workspaceId);

  /** Revokes a live key of a workspace; returns whether there was one. */
  boolean revoke(String workspaceId, String id, Instant now);
}
