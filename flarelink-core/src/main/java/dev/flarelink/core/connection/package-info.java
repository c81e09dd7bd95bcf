/** Connections: what a person enters, its validation, what is saved and its store. */
@NullMarked
package dev.flarelink.core.connection;

import org.jspecify.annotations.NullMarked;
