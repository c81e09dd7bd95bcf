package dev.flarelink.cli;

import dev.flarelink.core.identity.IdentityQueries;
import dev.flarelink.core.scan.Coverage;
import dev.flarelink.core.view.IdentityViews;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flarelink review CONNECTION}: the access review of the account. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "Reviews who can reach the account, from the last identity scan.",
      "It lists super administrators, active members without 2FA (and whether the account enforces 2FA), invitations pending too long, and members whose policies reach every zone."
    })
public final class ReviewCommand extends ConnectionScopedCommand implements Callable<Integer> {

  @Option(
      names = "--pending-days",
      description = "Flag invitations pending longer than this (default: ${DEFAULT-VALUE}).")
  int pendingDays = IdentityQueries.DEFAULT_PENDING_DAYS;

  @Override
  public Integer call() {
    try (var useCases = storage.open(environment)) {
      var review =
          useCases.identity().review(storage.workspace, connection(useCases).id(), pendingDays);
      if (format == Format.table) {
        var out = out();
        if (!review.coverage().scanned()) {
          // Empty findings of no scan are not a clean review: say so instead of listing none.
          out.println(review.coverage().message());
          out.flush();
          return 0;
        }
        out.println(
            "Last complete scan: "
                + (review.scannedAt() == null
                    ? "none yet; run flarelink scan"
                    : Human.time(review.scannedAt())));
        if (review.coverage().state() == Coverage.State.PARTIAL) {
          out.println(review.coverage().message());
        }
        out.println(
            "Account enforces 2FA: "
                + (review.enforceTwoFactor() == null
                    ? "unknown"
                    : review.enforceTwoFactor() ? "yes" : "no"));
        if (review.auditLogProblem() != null) {
          out.println(review.auditLogProblem());
        }
        out.println();
      }
      print(
          IdentityViews.reviewTable(review),
          List.of("finding", "email", "name", "status", "roles"),
          IdentityViews.review(review));
      return 0;
    }
  }
}
