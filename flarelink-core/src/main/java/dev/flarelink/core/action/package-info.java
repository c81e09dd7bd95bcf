/** Actions that change Cloudflare: planning, confirmation, running and the audit trail. */
@NullMarked
package dev.flarelink.core.action;

import org.jspecify.annotations.NullMarked;
