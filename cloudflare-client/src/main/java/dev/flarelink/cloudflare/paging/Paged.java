package dev.flarelink.cloudflare.paging;

import dev.flarelink.cloudflare.error.ErrorContext;
import dev.flarelink.cloudflare.error.PagingException;
import dev.flarelink.cloudflare.http.CloudflareRequest;
import dev.flarelink.cloudflare.model.Envelope;
import dev.flarelink.cloudflare.model.ResultInfo;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A list that fetches its pages lazily, only as they are consumed. Page lists stop on {@code
 * total_pages}, {@code total_count}, a short page or an empty page; cursor lists stop when the
 * cursor runs out. A page that repeats the previous one, or a page number the server did not
 * honour, ends the stream with a {@link PagingException} instead of looping or truncating. Each
 * call to {@link #stream()} or {@link #pages()} starts afresh. Immutable and thread-safe; the
 * streams it returns are not.
 */
public final class Paged<T> implements Iterable<T> {

  /** How a list pages. */
  public enum Style {
    /** {@code page} and {@code per_page}. */
    PAGE,
    /** {@code cursor} in the request, {@code result_info.cursor} or {@code cursors.after} back. */
    CURSOR,
    /** No paging: one request answers the whole list (Page Rules, load balancers, pools). */
    SINGLE
  }

  private final CloudflareRequest first;
  private final Style style;
  private final Function<CloudflareRequest, Envelope<List<T>>> fetch;
  private final int startPage;
  private final @Nullable String startCursor;

  private Paged(
      CloudflareRequest first,
      Style style,
      Function<CloudflareRequest, Envelope<List<T>>> fetch,
      int startPage,
      @Nullable String startCursor) {
    this.first = first;
    this.style = style;
    this.fetch = fetch;
    this.startPage = startPage;
    this.startCursor = startCursor;
  }

  /** A list over this first request, whose pages {@code fetch} retrieves and decodes. */
  public static <T> Paged<T> of(
      CloudflareRequest first, Style style, Function<CloudflareRequest, Envelope<List<T>>> fetch) {
    return new Paged<>(first, style, fetch, 1, null);
  }

  /** The same list, resumed at a page number (page lists), e.g. from a checkpoint. */
  public Paged<T> startingAtPage(int page) {
    if (style != Style.PAGE || page < 1) {
      throw new IllegalArgumentException("Only page lists resume at a page number of 1 or more");
    }
    return new Paged<>(first, style, fetch, page, null);
  }

  /** The same list, resumed at a cursor (cursor lists), e.g. from a checkpoint. */
  public Paged<T> startingAtCursor(String cursor) {
    if (style != Style.CURSOR) {
      throw new IllegalArgumentException("Only cursor lists resume at a cursor");
    }
    return new Paged<>(first, style, fetch, 1, cursor);
  }

  /** The items, fetched page by page as the stream is consumed. */
  public Stream<T> stream() {
    return pages().flatMap(page -> page.items().stream());
  }

  /** The pages, fetched one by one as the stream is consumed. */
  public Stream<Page<T>> pages() {
    var spliterator =
        Spliterators.spliteratorUnknownSize(
            new PageIterator(), Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(spliterator, false);
  }

  /** Every item, in order. */
  public List<T> toList() {
    return stream().toList();
  }

  @Override
  public Iterator<T> iterator() {
    return stream().iterator();
  }

  private final class PageIterator implements Iterator<Page<T>> {
    private @Nullable CloudflareRequest next;
    private int number = startPage;
    private @Nullable List<T> previousItems;
    private @Nullable String previousCursor;

    private PageIterator() {
      next =
          switch (style) {
            case PAGE -> first.withQueryParameter("page", String.valueOf(startPage));
            case CURSOR ->
                startCursor == null ? first : first.withQueryParameter("cursor", startCursor);
            case SINGLE -> first;
          };
      previousCursor = startCursor;
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public Page<T> next() {
      if (next == null) {
        throw new NoSuchElementException();
      }
      var request = next;
      var envelope = fetch.apply(request);
      var items = envelope.result() == null ? List.<T>of() : envelope.result();
      var info = envelope.resultInfo();
      return switch (style) {
        case PAGE -> pageStep(request, items, info);
        case CURSOR -> cursorStep(request, items, info);
        case SINGLE -> {
          next = null;
          yield new Page<>(items, 1, null, null, info, true);
        }
      };
    }

    private Page<T> pageStep(CloudflareRequest request, List<T> items, ResultInfo info) {
      if (!items.isEmpty() && info.page() != null && info.page() != number) {
        throw repeated(
            request, "page " + number + " was asked for and page " + info.page() + " came back");
      }
      if (!items.isEmpty() && items.equals(previousItems)) {
        throw repeated(request, "page " + number + " repeats page " + (number - 1));
      }
      var perPage = info.perPage() != null ? info.perPage() : requestedPerPage(request);
      boolean last;
      if (items.isEmpty()) {
        last = true;
      } else if (info.totalPages() != null) {
        last = number >= info.totalPages();
      } else if (info.totalCount() != null && perPage > 0) {
        last = (long) number * perPage >= info.totalCount();
      } else {
        last = perPage > 0 && items.size() < perPage;
      }
      var page = new Page<>(items, number, null, null, info, last);
      previousItems = items;
      number++;
      next = last ? null : request.withQueryParameter("page", String.valueOf(number));
      return page;
    }

    private Page<T> cursorStep(CloudflareRequest request, List<T> items, ResultInfo info) {
      var nextCursor = info.cursor() != null ? info.cursor() : info.cursorAfter();
      if (nextCursor != null && nextCursor.equals(previousCursor)) {
        throw repeated(request, "the cursor did not advance");
      }
      var last = nextCursor == null || items.isEmpty();
      var page = new Page<>(items, 0, previousCursor, last ? null : nextCursor, info, last);
      previousCursor = nextCursor;
      next = nextCursor == null || last ? null : request.withQueryParameter("cursor", nextCursor);
      return page;
    }

    private int requestedPerPage(CloudflareRequest request) {
      var value = request.queryParameter("per_page");
      return value == null ? 0 : Integer.parseInt(value);
    }

    private PagingException repeated(CloudflareRequest request, String what) {
      next = null;
      var context =
          new ErrorContext(200, List.of(), null, request.method(), request.pathWithQuery(), null);
      return new PagingException(
          context,
          "Cloudflare did not page this list as documented ("
              + what
              + "); the list was stopped instead of looping. Cloudflare's /accounts ignores `page`"
              + " for account-owned tokens: ask for the account by its ID instead",
          null);
    }
  }
}
