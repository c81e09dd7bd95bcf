package dev.flarelink.core.action;

import java.util.List;

/** Where every action run is recorded. */
public interface ActionAuditStore {

  /** Records a run. */
  void record(ActionRun run);

  /** A connection's runs, newest first. */
  List<ActionRun> runs(String connectionId, int limit);
}
