/** Workspaces and API keys: who may call the service and what they see. */
@NullMarked
package dev.flarelink.core.access;

import org.jspecify.annotations.NullMarked;
