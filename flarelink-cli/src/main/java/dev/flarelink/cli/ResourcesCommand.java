package dev.flarelink.cli;

import dev.flarelink.core.UseCases;
import dev.flarelink.core.catalogue.ResourceCatalogue;
import dev.flarelink.core.catalogue.ResourceType;
import dev.flarelink.core.inventory.ResourceQueries.TypeStatus;
import dev.flarelink.core.inventory.ResourceStore.ResourcePage;
import dev.flarelink.core.view.ResourceViews;
import dev.flarelink.core.view.Tabular;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code flarelink resources CONNECTION [TYPE] [RESOURCE_ID]}: the resource catalogue's types, a
 * type's resources, or one resource's whole document.
 */
@Command(
    name = "resources",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the resource types a connection reads, the resources of a type, or one resource.",
      "Without TYPE it lists the types (rulesets, ip_access_rules, page_rules, certificate_packs, load_balancers, load_balancer_pools, load_balancer_monitors, health_checks, waiting_rooms) with how many the last scan kept and why one cannot be read; with --search or --zone but no TYPE it searches every type. With TYPE it lists that type's resources, a page at a time; with RESOURCE_ID it shows the resource with Cloudflare's whole document.",
      "They come from the last inventory scan or, with --fresh, from Cloudflare. Each type needs its service enabled on the connection: security_rules, certificates or load_balancing.",
      "Example: which Page Rules mention example.com?",
      "  flarelink resources Production page_rules --search example.com"
    })
public final class ResourcesCommand extends ConnectionScopedCommand implements Callable<Integer> {

  private static final int DEFAULT_PER_PAGE = 100;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "TYPE",
      description = "A resource type; leave out to list them.")
  String type;

  @Parameters(
      index = "2",
      arity = "0..1",
      paramLabel = "RESOURCE_ID",
      description = "A resource's id, to show it whole.")
  String resourceId;

  @Option(names = "--zone", description = "Only this zone (id or name).")
  String zone;

  @Option(names = "--search", description = "Words every match holds in its name, id or fields.")
  String search;

  @Option(names = "--page", description = "The page to show (default 1).")
  Integer page;

  @Option(names = "--per-page", description = "Resources a page (1 to 1000, default 100).")
  Integer perPage;

  @Option(names = "--fresh", description = "Ask Cloudflare now instead of the inventory.")
  boolean fresh;

  @Override
  public Integer call() {
    try (var useCases = storage.open(environment)) {
      var id = connection(useCases).id();
      if (type == null) {
        if (search == null && zone == null) {
          return types(useCases, id);
        }
        return search(useCases, id);
      }
      var resourceType = ResourceCatalogue.named("type", type);
      if (resourceId != null) {
        return document(useCases, id, resourceType);
      }
      return items(useCases, id, resourceType);
    }
  }

  private int types(UseCases useCases, String id) {
    refuseFresh("listing the types");
    var types = ResourceViews.types(useCases.resources().types(storage.workspace, id));
    print(ResourceTables.types(types), ResourceTables.TYPE_COLUMNS, types);
    if (format == Format.table) {
      types.types().stream()
          .filter(t -> t.reason() != null)
          .forEach(t -> out().println(t.type() + ": " + CliErrors.wording(spec, t.reason())));
      out().flush();
    }
    return ExitCodes.OK;
  }

  private int search(UseCases useCases, String id) {
    refuseFresh("a search over every type (give a TYPE to read it from Cloudflare)");
    var found = useCases.resources().search(storage.workspace, id, zone, search, page(), perPage());
    print(
        ResourceTables.search(found.items()),
        ResourceTables.SEARCH_COLUMNS,
        ResourceViews.page(null, found, false));
    notePaging(found);
    return ExitCodes.OK;
  }

  private int items(UseCases useCases, String id, ResourceType resourceType) {
    var resources = useCases.resources();
    var found =
        resources.items(
            storage.workspace, id, resourceType, zone, search, page(), perPage(), fresh);
    var rows = ResourceTables.booleans(ResourceViews.table(resourceType, found.items()));
    print(rows, rows.header(), ResourceViews.page(resourceType, found, fresh));
    notePaging(found);
    if (!fresh) {
      resources.types(storage.workspace, id).stream()
          .filter(status -> status.type().equals(resourceType))
          .findFirst()
          .ifPresent(this::noteStatus);
    }
    return ExitCodes.OK;
  }

  private int document(UseCases useCases, String id, ResourceType resourceType) {
    if (search != null || page != null || perPage != null) {
      throw new IllegalArgumentException(
          "--search, --page and --per-page list resources; leave them out with RESOURCE_ID");
    }
    var entry =
        useCases.resources().item(storage.workspace, id, resourceType, resourceId, zone, fresh);
    var document = ResourceViews.document(entry, fresh);
    switch (format) {
      case json -> Output.json(out(), document);
      case csv -> out().print(ResourceTables.document(document).csv());
      case table -> {
        var rows = ResourceTables.booleans(ResourceTables.document(document));
        var fields =
            rows.rows().stream()
                .filter(row -> !String.valueOf(row.get(0)).matches("document|parts\\..*"))
                .toList();
        Table.print(out(), new Tabular(rows.header(), fields));
        out().println();
        out().println("Document:");
        Output.json(out(), document.document());
        document
            .parts()
            .forEach(
                (name, part) -> {
                  out().println();
                  out().println(name + ":");
                  Output.json(out(), part);
                });
      }
    }
    out().flush();
    return ExitCodes.OK;
  }

  private int page() {
    return page == null ? 1 : page;
  }

  private int perPage() {
    return perPage == null ? DEFAULT_PER_PAGE : perPage;
  }

  private void refuseFresh(String what) {
    if (fresh) {
      throw new IllegalArgumentException(
          "--fresh reads one type from Cloudflare; it does not apply to " + what);
    }
  }

  /** Says on standard error that there is more than one page, and how to see the next. */
  private void notePaging(ResourcePage found) {
    if (format == Format.json || found.total() <= (long) found.page() * found.perPage()) {
      return;
    }
    var from = (found.page() - 1) * found.perPage() + 1;
    var to = from + found.items().size() - 1;
    note(
        "showing "
            + from
            + "-"
            + to
            + " of "
            + found.total()
            + "; the next page with --page "
            + (found.page() + 1));
  }

  /**
   * On a table, says why a type's stored resources may not be all there is: not read yet (an empty
   * answer is not a clean one), or read only in part.
   */
  private void noteStatus(TypeStatus status) {
    if (format != Format.table || status.reason() == null) {
      return;
    }
    var fix =
        status.scannedAt() == null
            ? " (./flarelink scan "
                + (connection.contains(" ") ? "\"" + connection + "\"" : connection)
                + " --kind inventory; or read Cloudflare directly with --fresh)"
            : status.permission() == null || status.reason().contains(status.permission())
                ? ""
                : " Give the credential the permission " + status.permission() + ".";
    note(CliErrors.wording(spec, status.reason()) + fix);
  }

  private void note(String text) {
    spec.commandLine().getErr().println("flarelink: " + text);
    spec.commandLine().getErr().flush();
  }
}
