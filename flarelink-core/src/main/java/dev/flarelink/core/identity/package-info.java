/** The member import: identity scans, member changes, queries and the access review. */
@NullMarked
package dev.flarelink.core.identity;

import org.jspecify.annotations.NullMarked;
