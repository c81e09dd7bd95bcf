package dev.flarelink.core.connection;

import dev.flarelink.core.error.DuplicateNameException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where connections and their sealed secrets are kept. Every read is scoped to a workspace; a
 * connection of another workspace is simply absent. Implementations are thread-safe.
 */
public interface ConnectionStore {

  /** A sealed secret and the connection it belongs to, for key rotation. */
  @SuppressWarnings("ArrayRecordComponent") // handed from the store to re-sealing, never compared
  record SealedSecret(String connectionId, byte[] sealed) {}

  /**
   * Saves a new connection with its sealed secret.
   *
   * @throws DuplicateNameException when the workspace already has a connection of that name
   */
  void insert(Connection connection, byte[] sealedSecret);

  /** A connection of the workspace. */
  Optional<Connection> find(String workspaceId, String id);

  /** Every connection of the workspace, by name. */
  List<Connection> list(String workspaceId);

  /** The sealed secret of a connection of the workspace. */
  Optional<byte[]> sealedSecret(String workspaceId, String id);

  /**
   * Replaces a connection's fields, and its secret when {@code sealedSecret} is not {@code null}.
   *
   * @return whether the connection existed in the workspace
   */
  boolean update(Connection connection, byte @Nullable [] sealedSecret);

  /** Deletes a connection of the workspace; returns whether it existed. */
  boolean delete(String workspaceId, String id);

  /** Records the outcome of a test. */
  void recordTest(String id, Instant at, boolean ok);

  /** Every sealed secret, for re-sealing under a new key. */
  List<SealedSecret> sealedSecrets();

  /** Replaces one sealed secret (after re-sealing it). */
  void replaceSecret(String connectionId, byte[] sealed);
}
