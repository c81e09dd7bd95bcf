package dev.flarelink.cloudflare.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Page Rule to create or replace, or the fields of one to edit (fields left null are not sent).
 *
 * @param priority a higher number wins; {@code null}: Cloudflare's default (1) or unchanged
 * @param status {@code active} or {@code disabled}; {@code null}: Cloudflare's default ({@code
 *     disabled}) or unchanged
 */
public record PageRuleInput(
    @Nullable List<PageRule.Target> targets,
    @Nullable List<PageRule.Action> actions,
    @Nullable Integer priority,
    @Nullable String status) {}
