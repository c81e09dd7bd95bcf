/** Nothing here is null unless marked {@code @Nullable}. */
@NullMarked
package dev.flarelink.cloudflare.auth;

import org.jspecify.annotations.NullMarked;
