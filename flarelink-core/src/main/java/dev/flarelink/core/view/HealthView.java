package dev.flarelink.core.view;

/** Whether the service is up or ready: {@code ok} or {@code ready}. */
public record HealthView(String status) {}
