package dev.flarelink.core.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.flarelink.core.diagnosis.TestReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one representation of a {@link TestReport} that every adapter serialises: {@code ok}, {@code
 * credential_kind}, {@code token}, {@code account}, {@code checks} (each {@code id}, {@code
 * status}, {@code message}, {@code fix}) and {@code services}; tested without an account, {@code
 * accounts} lists those the credential reaches ({@code id}, {@code name}).
 *
 * @param token the token's status and expiry; left out when the credential is no token
 * @param accounts left out when the test named an account
 * @param services by service id, in id order
 * @param next what to send next; left out unless a face says it (the REST test without account)
 */
public record TestReportView(
    boolean ok,
    @JsonProperty("credential_kind") @Nullable String credentialKind,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Token token,
    Account account,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<Account> accounts,
    List<CheckView> checks,
    Map<String, ServiceView> services,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String next) {

  /** A token's status ({@code active}, {@code expired}, ...) and when it expires. */
  public record Token(String status, @JsonProperty("expires_on") @Nullable String expiresOn) {}

  /** An account: id and name. */
  public record Account(@Nullable String id, @Nullable String name) {}

  /** A check: its id, status, message and the fix when it did not pass. */
  public record CheckView(String id, String status, String message, @Nullable String fix) {}

  /** Whether a service works with the credential, and why not. */
  public record ServiceView(boolean available, String reason) {}

  /** The report as shown. */
  public static TestReportView of(TestReport report) {
    var services = new LinkedHashMap<String, ServiceView>();
    report.services().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            entry ->
                services.put(
                    entry.getKey().id(),
                    new ServiceView(entry.getValue().available(), entry.getValue().reason())));
    return new TestReportView(
        report.ok(),
        report.credentialKind() == null ? null : report.credentialKind().id(),
        report.tokenStatus() == null
            ? null
            : new Token(
                report.tokenStatus(),
                report.expiresOn() == null ? null : report.expiresOn().toString()),
        new Account(report.accountId(), report.accountName()),
        report.accountId() == null
            ? report.accounts().stream().map(a -> new Account(a.id(), a.name())).toList()
            : null,
        report.checks().stream()
            .map(c -> new CheckView(c.id(), c.status().id(), c.message(), c.fix()))
            .toList(),
        services,
        null);
  }

  /** This report saying what to send next. */
  public TestReportView withNext(String next) {
    return new TestReportView(ok, credentialKind, token, account, accounts, checks, services, next);
  }
}
