/** Sealing of secrets with AES-GCM under rotating master keys. */
@NullMarked
package dev.flarelink.core.secret;

import org.jspecify.annotations.NullMarked;
