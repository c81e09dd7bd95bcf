package dev.flarelink.core.action.actions;

import dev.flarelink.core.action.ActionParam;

/** The zone input every zone action takes. */
final class ZoneParam {

  static final ActionParam ZONE = ActionParam.required("zone", "the zone's id or name");

  private ZoneParam() {}
}
