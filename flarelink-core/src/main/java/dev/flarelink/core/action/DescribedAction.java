package dev.flarelink.core.action;

import dev.flarelink.core.connection.Service;
import java.util.List;

/**
 * An action whose name, description, service and inputs are stated once, when it is made; it
 * supplies only its {@link #prepare}.
 */
public abstract class DescribedAction implements Action {

  private final String name;
  private final Service service;
  private final String description;
  private final List<ActionParam> params;

  /** An action of this name, needing {@code service}, described for every face. */
  protected DescribedAction(
      String name, Service service, String description, List<ActionParam> params) {
    this.name = name;
    this.service = service;
    this.description = description;
    this.params = List.copyOf(params);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final Service service() {
    return service;
  }

  @Override
  public final List<ActionParam> params() {
    return params;
  }
}
