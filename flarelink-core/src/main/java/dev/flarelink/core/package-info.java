/** Flarelink's use cases, as the composition root builds them for every face. */
@NullMarked
package dev.flarelink.core;

import org.jspecify.annotations.NullMarked;
