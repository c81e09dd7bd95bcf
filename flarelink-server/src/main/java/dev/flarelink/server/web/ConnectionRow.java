package dev.flarelink.server.web;

import dev.flarelink.core.connection.Connection;
import java.util.List;

/** A connection on the integrations page, with the state of each kind of scan. */
public record ConnectionRow(Connection connection, List<ScanSchedule> scans) {}
