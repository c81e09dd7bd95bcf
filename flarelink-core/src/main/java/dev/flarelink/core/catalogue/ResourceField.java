package dev.flarelink.core.catalogue;

import java.util.Objects;

/**
 * A field a resource type shows in tables, searches and compares between scans.
 *
 * @param name the key in answers and the column heading in CSV, in snake_case
 * @param label the column heading a person reads
 * @param path where the value sits in Cloudflare's document
 */
public record ResourceField(String name, String label, FieldPath path) {

  public ResourceField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(path, "path");
  }

  /** A field read from {@code expression} (see {@link FieldPath#parse}). */
  public static ResourceField of(String name, String label, String expression) {
    return new ResourceField(name, label, FieldPath.parse(expression));
  }
}
