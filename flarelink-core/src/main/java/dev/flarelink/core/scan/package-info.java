/** Scans of every kind: starting, leases and heartbeats, checkpoints, failures and warnings. */
@NullMarked
package dev.flarelink.core.scan;

import org.jspecify.annotations.NullMarked;
