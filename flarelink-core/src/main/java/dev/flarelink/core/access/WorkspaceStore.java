package dev.flarelink.core.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where workspaces are kept. Implementations are thread-safe. */
public interface WorkspaceStore {

  /** Stores a new workspace. */
  Workspace create(String id, String name, Instant now);

  /** A workspace by id. */
  Optional<Workspace> find(String id);

  /** Every workspace, by name. */
  List<Workspace> list();
}
