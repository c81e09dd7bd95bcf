package dev.flarelink.mcp.tools;

import dev.flarelink.core.action.ActionRegistry;
import dev.flarelink.mcp.tool.FlarelinkTool;
import java.util.ArrayList;
import java.util.List;

/** Every tool Flarelink offers agents; the server shows each caller those it can use. */
public final class Toolbox {

  private Toolbox() {}

  /** The read tools, the action tools of the registry, and explain over all of them. */
  public static List<FlarelinkTool> all(ActionRegistry actions) {
    var tools = new ArrayList<FlarelinkTool>();
    tools.addAll(ConnectionTools.all());
    tools.addAll(InventoryTools.all());
    tools.addAll(ResourceTools.all());
    tools.addAll(IdentityTools.all());
    tools.addAll(AnalyticsTools.all());
    tools.addAll(ActionTools.all(actions));
    var withoutExplain = List.copyOf(tools);
    tools.add(ExplainTool.of(withoutExplain));
    return List.copyOf(tools);
  }
}
