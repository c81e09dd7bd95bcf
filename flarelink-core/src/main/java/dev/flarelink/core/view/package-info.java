/** The representations every face shows: records for REST, MCP and the CLI's JSON. */
@NullMarked
package dev.flarelink.core.view;

import org.jspecify.annotations.NullMarked;
