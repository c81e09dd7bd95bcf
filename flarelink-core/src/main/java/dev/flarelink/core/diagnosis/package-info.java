/** The connection test: its checks, the service probes and the report. */
@NullMarked
package dev.flarelink.core.diagnosis;

import org.jspecify.annotations.NullMarked;
