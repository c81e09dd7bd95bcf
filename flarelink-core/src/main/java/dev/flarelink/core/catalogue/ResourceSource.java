package dev.flarelink.core.catalogue;

import dev.flarelink.cloudflare.http.CloudflareRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where Cloudflare lists a resource type in one scope.
 *
 * @param scope the account's or each zone's
 * @param listPath the list endpoint, with {@code {account_id}} or {@code {zone_id}}
 * @param itemPath one item's endpoint, the list path's placeholders and {@code {id}}; {@code null}
 *     when Cloudflare has none
 * @param listing how the list pages
 * @param permission the permission group the credential needs, in the dashboard's words
 * @param query parameters every list request carries (e.g. {@code status=all})
 * @param keepOnly a field and the value an item must have to be kept here (e.g. a zone's list of
 *     rulesets also shows the account's managed ones: kept only where they belong); {@code null}
 *     keeps every item
 */
public record ResourceSource(
    ResourceScope scope,
    String listPath,
    @Nullable String itemPath,
    Listing listing,
    String permission,
    Map<String, String> query,
    @Nullable Keep keepOnly) {

  /** An item is kept when {@code field} is absent or equals {@code value}. */
  public record Keep(FieldPath field, String value) {}

  public ResourceSource {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(listPath, "listPath");
    Objects.requireNonNull(listing, "listing");
    Objects.requireNonNull(permission, "permission");
    query = Map.copyOf(query);
  }

  /** A source listing at {@code listPath}, one item at {@code itemPath}. */
  public static ResourceSource of(
      ResourceScope scope,
      String listPath,
      @Nullable String itemPath,
      Listing listing,
      String permission) {
    return new ResourceSource(scope, listPath, itemPath, listing, permission, Map.of(), null);
  }

  /** The same source, every list request carrying {@code name=value}. */
  public ResourceSource withQuery(String name, String value) {
    var added = new LinkedHashMap<>(query);
    added.put(name, value);
    return new ResourceSource(scope, listPath, itemPath, listing, permission, added, keepOnly);
  }

  /** The same source, keeping only items whose {@code field} is absent or {@code value}. */
  public ResourceSource keepingOnly(String field, String value) {
    return new ResourceSource(
        scope,
        listPath,
        itemPath,
        listing,
        permission,
        query,
        new Keep(FieldPath.parse(field), value));
  }

  /** The list path for an account or zone, its identifier encoded. */
  public String listPath(String ownerId) {
    return fill(listPath, ownerId, null);
  }

  /**
   * One item's path, or {@code null} when Cloudflare has no endpoint for one item.
   *
   * @param suffix appended to the item path (e.g. {@code /health}), or empty
   */
  public @Nullable String itemPath(String ownerId, String id, String suffix) {
    return itemPath == null ? null : fill(itemPath, ownerId, id) + suffix;
  }

  private String fill(String template, String ownerId, @Nullable String id) {
    var owner = CloudflareRequest.segment(ownerId);
    var path = template.replace("{account_id}", owner).replace("{zone_id}", owner);
    return id == null ? path : path.replace("{id}", CloudflareRequest.segment(id));
  }
}
