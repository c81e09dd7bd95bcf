package dev.flarelink.core.view;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a page of a listing lies: its number, size, and how many match in all. */
public record Paging(
    int page,
    @JsonProperty("per_page") int perPage,
    int total,
    @JsonProperty("total_pages") int totalPages) {

  /** Page {@code page} of {@code perPage} items out of {@code total}. */
  public static Paging of(int page, int perPage, int total) {
    return new Paging(page, perPage, total, (total + perPage - 1) / perPage);
  }
}
