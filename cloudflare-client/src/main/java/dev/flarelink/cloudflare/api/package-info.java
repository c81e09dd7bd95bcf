/** Nothing here is null unless marked {@code @Nullable}. */
@NullMarked
package dev.flarelink.cloudflare.api;

import org.jspecify.annotations.NullMarked;
