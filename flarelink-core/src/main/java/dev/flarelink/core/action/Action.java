package dev.flarelink.core.action;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.connection.Service;
import java.util.List;
import java.util.function.Supplier;

/**
 * A change Flarelink can make in a Cloudflare account. Every face runs actions through {@link
 * ActionService}, which checks the service, plans, checks the permission, asks for confirmation,
 * applies and records.
 */
public interface Action {

  /** The name, e.g. {@code dns.create}. */
  String name();

  /** What it does, in a sentence. */
  String description();

  /** The connection service that must be enabled. */
  Service service();

  /** The inputs. */
  List<ActionParam> params();

  /** Reads what it needs (no writes) and works out the plan, or refuses bad input. */
  Prepared<?> prepare(CloudflareClient client, Connection connection, ActionInput input);

  /**
   * A planned run, ready to apply: what would change, how to check the permission without changing
   * anything, and the write.
   *
   * @param <R> what the write returns: what Cloudflare reports, as plain values for every face
   * @param plan what would change
   * @param permission checks, without changing anything, that the credential may make this change,
   *     so that a refusal comes before any write
   * @param write makes the change and returns what Cloudflare reports
   */
  record Prepared<R>(Plan plan, Runnable permission, Supplier<R> write) {

    /** Checks the permission (see {@link #permission()}). */
    public void checkPermission() {
      permission.run();
    }

    /** Makes the change and returns what Cloudflare reports. */
    public R apply() {
      return write.get();
    }
  }
}
