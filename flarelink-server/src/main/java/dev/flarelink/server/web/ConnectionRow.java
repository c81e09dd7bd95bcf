package dev.flarelink.server.web;

import dev.flarelink.core.connection.Connection;
import dev.flarelink.core.scan.ConnectionStatus;
import java.util.List;

/**
 * A connection on the integrations page, with its status (last test and last scans combined) and
 * the state of each kind of scan.
 */
public record ConnectionRow(
    Connection connection, ConnectionStatus status, List<ScanSchedule> scans) {}
