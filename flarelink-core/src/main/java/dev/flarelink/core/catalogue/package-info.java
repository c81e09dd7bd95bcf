/**
 * The resource catalogue: each Cloudflare resource type declared once (where it is listed, its
 * scope and paging, the permission and service it needs, its key and table fields), and the generic
 * reading of any declared type. Scanning, storing, diffing, querying and every face work from these
 * declarations.
 */
@NullMarked
package dev.flarelink.core.catalogue;

import org.jspecify.annotations.NullMarked;
