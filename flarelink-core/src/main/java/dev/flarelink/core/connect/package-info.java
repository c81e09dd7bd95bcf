/** The connection use cases and the Cloudflare clients built for a connection. */
@NullMarked
package dev.flarelink.core.connect;

import org.jspecify.annotations.NullMarked;
