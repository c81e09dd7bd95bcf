package dev.flarelink.core.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.flarelink.core.access.ApiKey;
import dev.flarelink.core.access.NewKey;
import dev.flarelink.core.access.NewWorkspace;
import dev.flarelink.core.access.Workspace;
import java.util.List;

/** The JSON shapes of workspaces and API keys. A key's value appears only when it is made. */
public final class AccessViews {

  private AccessViews() {}

  /** A workspace: id and name. */
  public record WorkspaceView(String id, String name) {

    /** The workspace as shown. */
    public static WorkspaceView of(Workspace workspace) {
      return new WorkspaceView(workspace.id(), workspace.name());
    }
  }

  /** Every workspace. */
  public record Workspaces(List<WorkspaceView> workspaces) {}

  /** A live API key: its hint, never its value. */
  public record KeyView(
      String id,
      String name,
      String hint,
      boolean admin,
      @JsonProperty("created_at") String createdAt) {

    /** The key as shown. */
    public static KeyView of(ApiKey key) {
      return new KeyView(key.id(), key.name(), key.hint(), key.admin(), key.createdAt().toString());
    }
  }

  /** A workspace's live keys. */
  public record Keys(List<KeyView> keys) {}

  /** A new workspace with its first key, shown once. */
  public record WorkspaceCreated(
      String id, String name, @JsonProperty("api_key") String apiKey, String note) {

    /** The new workspace as shown, saying to keep the key. */
    public static WorkspaceCreated of(NewWorkspace made) {
      return new WorkspaceCreated(
          made.workspace().id(),
          made.workspace().name(),
          made.firstKey().value(),
          "Keep the key now: it is stored only as a hash and cannot be shown again");
    }
  }

  /** A new key, shown once. */
  public record KeyCreated(
      String id,
      @JsonProperty("workspace_id") String workspaceId,
      @JsonProperty("api_key") String apiKey,
      String hint) {

    /** The new key as shown. */
    public static KeyCreated of(NewKey made) {
      return new KeyCreated(
          made.key().id(), made.key().workspaceId(), made.value(), made.key().hint());
    }
  }
}
