/** Nothing here is null unless marked {@code @Nullable}. */
@NullMarked
package dev.flarelink.cloudflare.internal;

import org.jspecify.annotations.NullMarked;
