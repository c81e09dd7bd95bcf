package dev.flarelink.core.action.actions;

import dev.flarelink.core.action.ActionRegistry;
import java.util.List;

/** The actions Flarelink offers on every face. */
public final class StandardActions {

  private StandardActions() {}

  /** A registry of every action Flarelink has. */
  public static ActionRegistry registry() {
    return new ActionRegistry(
        List.of(
            new DnsCreateAction(),
            new DnsUpdateAction(),
            new DnsDeleteAction(),
            new DnsBatchAction(),
            new CachePurgeAction(),
            new ZoneSettingAction(),
            new IpRuleCreateAction(),
            new IpRuleDeleteAction(),
            new ZoneCreateAction(),
            ZonePauseAction.pause(),
            ZonePauseAction.unpause(),
            new ZoneDeleteAction(),
            PoolOriginAction.disable(),
            PoolOriginAction.enable(),
            new HealthCheckCreateAction(),
            new HealthCheckDeleteAction(),
            new IpRuleUpdateAction(),
            new FirewallRuleCreateAction(),
            new FirewallRuleUpdateAction(),
            new FirewallRuleDisableAction(),
            new FirewallRuleDeleteAction(),
            new PageRuleCreateAction(),
            new PageRuleUpdateAction(),
            new PageRuleDeleteAction()));
  }
}
