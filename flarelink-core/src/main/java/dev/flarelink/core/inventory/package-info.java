/** The zone and DNS inventory: scans, their differences and the queries over them. */
@NullMarked
package dev.flarelink.core.inventory;

import org.jspecify.annotations.NullMarked;
