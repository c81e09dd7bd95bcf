/** Nothing here is null unless marked {@code @Nullable}. */
@NullMarked
package dev.flarelink.cloudflare.ratelimit;

import org.jspecify.annotations.NullMarked;
