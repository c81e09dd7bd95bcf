/** The errors the use cases raise for bad input, missing things and refusals. */
@NullMarked
package dev.flarelink.core.error;

import org.jspecify.annotations.NullMarked;
