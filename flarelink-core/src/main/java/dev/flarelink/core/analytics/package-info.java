/** Alerts, DNS analytics and GraphQL analytics, read from Cloudflare when asked. */
@NullMarked
package dev.flarelink.core.analytics;

import org.jspecify.annotations.NullMarked;
