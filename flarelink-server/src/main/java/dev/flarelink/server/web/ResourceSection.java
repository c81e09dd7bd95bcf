package dev.flarelink.server.web;

import dev.flarelink.core.catalogue.ResourceEntry;
import dev.flarelink.core.catalogue.ResourceField;
import dev.flarelink.core.catalogue.ResourceType;
import dev.flarelink.core.view.ResourceViews.TypeView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One resource type's part of a page: its rows, or, when the connection cannot have them, why (the
 * service to enable, the permission to give), never an empty table without a reason.
 *
 * @param type the type
 * @param status how the connection has the type
 * @param rows the resources shown
 * @param total how many there are in all where the section looks
 * @param more the table page with all of them, or empty when every one is shown
 * @param highlights what on a row needs a person's eye
 */
public record ResourceSection(
    ResourceType type,
    TypeView status,
    List<ResourceEntry> rows,
    int total,
    String more,
    Highlights highlights) {

  public ResourceSection {
    rows = List.copyOf(rows);
  }

  /** A section of a type whose rows cannot be shown (its service is not enabled). */
  static ResourceSection without(ResourceType type, TypeView status, Highlights highlights) {
    return new ResourceSection(type, status, List.of(), 0, "", highlights);
  }

  /** The section's HTML id, e.g. {@code section-certificate_packs}. */
  public String id() {
    return "section-" + type.name();
  }

  /** The type's name as a heading, e.g. {@code Certificate packs}. */
  public String title() {
    return title(type);
  }

  /** A type's name as a heading, e.g. {@code Load balancer pools}. */
  public static String title(ResourceType type) {
    var words = type.name().replace('_', ' ');
    return switch (type.name()) {
      case "ip_access_rules" -> "IP access rules";
      case "page_rules" -> "Page Rules";
      default -> Character.toUpperCase(words.charAt(0)) + words.substring(1);
    };
  }

  /** Whether the connection enables the type's service. */
  public boolean enabled() {
    return status.enabled();
  }

  /** Why the type is not (fully) available, with the fix; empty when it is. */
  public String notice() {
    return notice(status);
  }

  /** Why a type is not (fully) available, with the fix; empty when it is. */
  public static String notice(TypeView status) {
    if (!status.enabled()) {
      return "This connection does not enable the "
          + status.service()
          + " service, so its "
          + status.type().replace('_', ' ')
          + " are not read. Enable "
          + status.service()
          + " on the connection's Edit page, and give its credential "
          + status.permission()
          + ".";
    }
    return status.reason() == null ? "" : status.reason();
  }

  /** The columns after the name. */
  public List<ResourceField> fields() {
    return type.fields();
  }

  /** A row's value of a field, or a dash. */
  public String cell(ResourceEntry entry, ResourceField field) {
    return Format.text(entry.fields().get(field.name()));
  }

  /** The page of one resource, under a connection's base path. */
  public static String href(String base, ResourceEntry entry) {
    var path =
        base
            + "/resources/"
            + entry.type()
            + "/"
            + URLEncoder.encode(entry.resourceId(), StandardCharsets.UTF_8).replace("+", "%20");
    return entry.zoned()
        ? path + "?zone=" + URLEncoder.encode(entry.zoneId(), StandardCharsets.UTF_8)
        : path;
  }
}
