/** Nothing here is null unless marked {@code @Nullable}. */
@NullMarked
package dev.flarelink.cloudflare.error;

import org.jspecify.annotations.NullMarked;
