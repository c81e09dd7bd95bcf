package dev.flarelink.core.view;

import dev.flarelink.core.diagnosis.TestReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one representation of a {@link TestReport} that every adapter serialises: {@code ok}, {@code
 * credential_kind}, {@code token}, {@code account}, {@code checks} (each {@code id}, {@code
 * status}, {@code message}, {@code fix}) and {@code services}; tested without an account, {@code
 * accounts} lists those the credential reaches ({@code id}, {@code name}).
 */
public final class TestReportView {

  private TestReportView() {}

  /** The report as plain maps and lists, keys in a stable order. */
  public static Map<String, Object> of(TestReport report) {
    var view = new LinkedHashMap<String, Object>();
    view.put("ok", report.ok());
    view.put(
        "credential_kind", report.credentialKind() == null ? null : report.credentialKind().id());
    if (report.tokenStatus() != null) {
      var token = new LinkedHashMap<String, Object>();
      token.put("status", report.tokenStatus());
      token.put("expires_on", report.expiresOn() == null ? null : report.expiresOn().toString());
      view.put("token", token);
    }
    var account = new LinkedHashMap<String, Object>();
    account.put("id", report.accountId());
    account.put("name", report.accountName());
    view.put("account", account);
    if (report.accountId() == null) {
      view.put(
          "accounts",
          report.accounts().stream()
              .map(a -> Map.<String, Object>of("id", a.id(), "name", a.name()))
              .toList());
    }
    var checks = new ArrayList<Map<String, Object>>();
    for (var check : report.checks()) {
      var item = new LinkedHashMap<String, Object>();
      item.put("id", check.id());
      item.put("status", check.status().id());
      item.put("message", check.message());
      item.put("fix", check.fix());
      checks.add(item);
    }
    view.put("checks", checks);
    var services = new LinkedHashMap<String, Object>();
    report.services().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            entry ->
                services.put(
                    entry.getKey().id(),
                    Map.of(
                        "available",
                        entry.getValue().available(),
                        "reason",
                        entry.getValue().reason())));
    view.put("services", services);
    return view;
  }
}
