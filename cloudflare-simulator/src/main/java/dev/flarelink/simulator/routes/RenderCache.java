package dev.flarelink.simulator.routes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.flarelink.simulator.http.Wire;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Rendered JSON of list items, so a page of 50 members costs 50 look-ups instead of hundreds of
 * small JSON nodes. An entry is valid only for the state version it was rendered at: any write to
 * the state empties the cache, so a change is never served stale.
 */
final class RenderCache {

  private static final int MAX_ENTRIES = 200_000;

  /** A call site's lambda class is stable even when each call makes a new capturing instance. */
  private record Key(Object item, Class<?> writer) {}

  private static final ConcurrentHashMap<Key, byte[]> CACHE = new ConcurrentHashMap<>();
  private static volatile long version = -1;

  private RenderCache() {}

  static <T> byte[] bytes(T item, long stateVersion, Function<T, JsonNode> writer) {
    if (stateVersion != version || CACHE.size() > MAX_ENTRIES) {
      synchronized (RenderCache.class) {
        if (stateVersion != version || CACHE.size() > MAX_ENTRIES) {
          CACHE.clear();
          version = stateVersion;
        }
      }
    }
    return CACHE.computeIfAbsent(
        new Key(item, writer.getClass()), key -> render(writer.apply(item)));
  }

  private static byte[] render(JsonNode node) {
    try {
      return Wire.MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
