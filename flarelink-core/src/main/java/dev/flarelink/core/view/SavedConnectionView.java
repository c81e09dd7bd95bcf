package dev.flarelink.core.view;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A connection just saved, with the test it passed (or was saved despite). */
public record SavedConnectionView(@JsonUnwrapped ConnectionView connection, TestReportView test) {}
