/** Nothing here is null unless marked {@code @Nullable}. */
@NullMarked
package dev.flarelink.cloudflare.http;

import org.jspecify.annotations.NullMarked;
