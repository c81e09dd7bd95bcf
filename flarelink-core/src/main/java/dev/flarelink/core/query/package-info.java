/** Checks and text helpers every listing shares. */
@NullMarked
package dev.flarelink.core.query;

import org.jspecify.annotations.NullMarked;
