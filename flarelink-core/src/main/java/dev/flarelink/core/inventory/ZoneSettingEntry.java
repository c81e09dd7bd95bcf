package dev.flarelink.core.inventory;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One zone setting as the inventory holds it.
 *
 * @param value the value as text when it is a plain value, otherwise its JSON
 * @param structured whether {@code value} is JSON (an object or array)
 */
public record ZoneSettingEntry(
    String settingId,
    String value,
    boolean structured,
    @Nullable Boolean editable,
    @Nullable Instant modifiedOn) {}
