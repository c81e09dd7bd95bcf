/** Nothing here is null unless marked {@code @Nullable}. */
@NullMarked
package dev.flarelink.cloudflare.model;

import org.jspecify.annotations.NullMarked;
