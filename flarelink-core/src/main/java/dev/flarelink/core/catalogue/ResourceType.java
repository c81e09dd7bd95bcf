package dev.flarelink.core.catalogue;

import dev.flarelink.core.connection.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A kind of Cloudflare resource, declared once: where it is listed, what it needs, and how it is
 * shown and compared. Scanning, storage, queries, changes and every face read it from here.
 *
 * @param name the type's name on every face, e.g. {@code page_rules}
 * @param description what it is, in a few words
 * @param service the connection service that must be enabled to read it
 * @param sources where it is listed: the account's, each zone's, or both
 * @param id where an item's identifier sits
 * @param title the item's name as a person reads it
 * @param modifiedOn when the item last changed, or {@code null} when Cloudflare does not say
 * @param fields what tables show and searches and changes look at
 * @param detailed whether the list gives summaries only, so each item is read whole from its item
 *     path (rulesets list without their rules)
 * @param parts documents read per item beside it, e.g. a pool's {@code health}
 * @param unwatched top-level fields whose changes are not reported (they change on every read)
 */
public record ResourceType(
    String name,
    String description,
    Service service,
    List<ResourceSource> sources,
    FieldPath id,
    FieldPath title,
    @Nullable FieldPath modifiedOn,
    List<ResourceField> fields,
    boolean detailed,
    List<Part> parts,
    Set<String> unwatched) {

  /**
   * A document read per item beside it, stored with it.
   *
   * @param key the name it is kept and shown under
   * @param suffix the path after the item's path, e.g. {@code /health}
   */
  public record Part(String key, String suffix) {}

  public ResourceType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(service, "service");
    sources = List.copyOf(sources);
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    fields = List.copyOf(fields);
    parts = List.copyOf(parts);
    unwatched = Set.copyOf(unwatched);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("Resource type " + name + " has no source");
    }
  }

  /** A builder for the type named {@code name}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Whether the type is listed per zone (in at least one of its sources). */
  public boolean zoned() {
    return sources.stream().anyMatch(source -> source.scope() == ResourceScope.ZONE);
  }

  /** The source of a scope, if the type is listed there. */
  public @Nullable ResourceSource source(ResourceScope scope) {
    return sources.stream().filter(source -> source.scope() == scope).findFirst().orElse(null);
  }

  /** The permission groups its sources need, in the dashboard's words, once each. */
  public List<String> permissions() {
    return sources.stream().map(ResourceSource::permission).distinct().toList();
  }

  /** The scopes it is listed in, e.g. {@code account, zone}. */
  public String scopes() {
    return String.join(", ", sources.stream().map(source -> source.scope().id()).toList());
  }

  /** Builds a {@link ResourceType}. */
  public static final class Builder {
    private final String name;
    private String description = "";
    private @Nullable Service service;
    private final List<ResourceSource> sources = new ArrayList<>();
    private FieldPath id = FieldPath.parse("id");
    private FieldPath title = FieldPath.parse("name");
    private @Nullable FieldPath modifiedOn = FieldPath.parse("modified_on");
    private final List<ResourceField> fields = new ArrayList<>();
    private boolean detailed;
    private final List<Part> parts = new ArrayList<>();
    private Set<String> unwatched = Set.of();

    private Builder(String name) {
      this.name = name;
    }

    /** What it is, in a few words. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** The service that must be enabled to read it. */
    public Builder service(Service service) {
      this.service = service;
      return this;
    }

    /** Adds a place it is listed. */
    public Builder source(ResourceSource source) {
      sources.add(source);
      return this;
    }

    /** Where the identifier sits (default {@code id}). */
    public Builder id(String expression) {
      this.id = FieldPath.parse(expression);
      return this;
    }

    /** Where the name sits (default {@code name}). */
    public Builder title(String expression) {
      this.title = FieldPath.parse(expression);
      return this;
    }

    /** Where the last change's time sits (default {@code modified_on}); {@code null} for none. */
    public Builder modifiedOn(@Nullable String expression) {
      this.modifiedOn = expression == null ? null : FieldPath.parse(expression);
      return this;
    }

    /** Adds a field shown in tables (see {@link FieldPath#parse}). */
    public Builder field(String name, String label, String expression) {
      fields.add(ResourceField.of(name, label, expression));
      return this;
    }

    /** Each item is read whole from its item path (the list gives summaries). */
    public Builder detailed() {
      this.detailed = true;
      return this;
    }

    /** Adds a document read per item at its item path plus {@code suffix}, kept as {@code key}. */
    public Builder part(String key, String suffix) {
      parts.add(new Part(key, suffix));
      return this;
    }

    /** Top-level fields whose changes are not reported. */
    public Builder unwatched(String... fields) {
      this.unwatched = Set.of(fields);
      return this;
    }

    /** The type. */
    public ResourceType build() {
      return new ResourceType(
          name,
          description,
          Objects.requireNonNull(service, "service"),
          sources,
          id,
          title,
          modifiedOn,
          fields,
          detailed,
          parts,
          unwatched);
    }
  }
}
