/** The actions Flarelink offers: DNS records, IP access rules, zone settings, cache purge. */
@NullMarked
package dev.flarelink.core.action.actions;

import org.jspecify.annotations.NullMarked;
