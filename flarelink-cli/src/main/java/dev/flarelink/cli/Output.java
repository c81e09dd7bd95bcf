package dev.flarelink.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.flarelink.core.diagnosis.TestReport;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** How commands print: JSON for programs, plain lines for people. */
public final class Output {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Output() {}

  public static void json(PrintWriter out, Object value) {
    try {
      out.println(JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A representation's fields by JSON name, in order, for a field and value table. */
  static Map<String, Object> fields(Object representation) {
    return JSON.convertValue(representation, new TypeReference<LinkedHashMap<String, Object>>() {});
  }

  static void report(PrintWriter out, TestReport report) {
    out.println(
        (report.ok() ? "OK" : "NOT OK")
            + ": "
            + (report.accountId() == null
                ? "no account given"
                : report.accountName() == null
                    ? report.accountId()
                    : report.accountName() + " (" + report.accountId() + ")"));
    for (var check : report.checks()) {
      out.printf("  [%-4s] %-26s %s%n", check.status().id(), check.id(), check.message());
      if (check.fix() != null) {
        out.printf("         %-26s fix: %s%n", "", check.fix());
      }
    }
  }
}
