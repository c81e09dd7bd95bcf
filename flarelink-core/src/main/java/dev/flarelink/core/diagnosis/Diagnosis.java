package dev.flarelink.core.diagnosis;

import dev.flarelink.cloudflare.CloudflareClient;
import dev.flarelink.cloudflare.CredentialDetector;
import dev.flarelink.cloudflare.auth.ApiToken;
import dev.flarelink.cloudflare.auth.CredentialKind;
import dev.flarelink.cloudflare.auth.GlobalApiKey;
import dev.flarelink.cloudflare.error.AccountTokenNotSupportedException;
import dev.flarelink.cloudflare.error.InvalidCredentialException;
import dev.flarelink.cloudflare.error.InvalidCredentialHeadersException;
import dev.flarelink.cloudflare.error.InvalidRequestException;
import dev.flarelink.cloudflare.error.LocationRestrictedException;
import dev.flarelink.cloudflare.error.MissingCredentialsException;
import dev.flarelink.cloudflare.error.NoRouteException;
import dev.flarelink.cloudflare.error.NotFoundException;
import dev.flarelink.cloudflare.error.PermissionDeniedException;
import dev.flarelink.cloudflare.model.TokenVerification;
import dev.flarelink.core.connection.ConnectionSpec;
import dev.flarelink.core.connection.ConnectionValidator;
import dev.flarelink.core.connection.Service;
import dev.flarelink.core.diagnosis.TestReport.Availability;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** One run of the checks, collecting what each found. Not thread-safe; one per test. */
final class Diagnosis {

  static final Duration EXPIRY_WARNING = Duration.ofDays(30);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** Where the Account ID is, as a fix. */
  static final String WHERE_ACCOUNT_ID =
      "Give the Account ID: in the Cloudflare dashboard open the account, then Account home → the"
          + " ⋯ menu next to the account name → Copy account ID (it is also the 32 hexadecimal"
          + " characters after dash.cloudflare.com/ in the address bar)";

  private static final String ACCOUNT_TOKEN_NEEDS_ID =
      "An account-owned token belongs to one account and Cloudflare verifies it only with that"
          + " account's ID, which was not given";

  private final ConnectionSpec spec;
  private final Clock clock;
  private final List<Check> checks = new ArrayList<>();
  private final Map<Service, Availability> services = new EnumMap<>(Service.class);
  private final ServiceProbes probes;
  private @Nullable CredentialKind kind;
  private @Nullable TokenVerification verification;
  private final Consumer<Check> onCheck;
  private @Nullable String accountName;
  private List<TestReport.AccountChoice> accounts = List.of();

  Diagnosis(ConnectionSpec spec, Clock clock, Consumer<Check> onCheck) {
    this.spec = spec;
    this.clock = clock;
    this.onCheck = onCheck;
    this.probes = new ServiceProbes(spec.accountId(), this::add, services);
  }

  void add(Check check) {
    checks.add(check);
    onCheck.accept(check);
  }

  /** Establishes the credential's kind and status; false when nothing else can be checked. */
  boolean credential(CloudflareClient client) {
    var stated = spec.statedOwner() != null ? spec.statedOwner() : spec.statedKind();
    if (spec.accountId() == null && spec.credential() instanceof ApiToken token) {
      var owner = token.kind().orElse(stated);
      if (owner == CredentialKind.ACCOUNT_TOKEN) {
        add(Check.fail("account", ACCOUNT_TOKEN_NEEDS_ID, WHERE_ACCOUNT_ID));
        return false;
      }
      // Without an account only the user-owned route can verify a token.
      stated = CredentialKind.USER_TOKEN;
    }
    try {
      // CredentialDetector.detect takes a null Account ID and stated kind (as unknown) but does not
      // mark them @Nullable.
      @SuppressWarnings("NullAway")
      var found =
          new CredentialDetector(client).detect(spec.credential(), spec.accountId(), stated);
      kind = found.kind();
      verification = found.verification();
      add(Check.pass("credential", describe(kind)));
      found
          .contradiction()
          .ifPresent(
              text ->
                  add(
                      Check.warn(
                          "credential_kind",
                          text,
                          "Change the stated kind to "
                              + found.kind().id()
                              + ", or leave it empty to let Flarelink detect it")));
      kindAdvice();
      return status();
    } catch (InvalidCredentialHeadersException e) {
      add(
          Check.fail(
              "credential",
              "Cloudflare cannot read the credential: " + e.explanation(),
              malformedFix()));
    } catch (MissingCredentialsException e) {
      add(
          Check.fail(
              "credential",
              "No credential reached Cloudflare",
              "Give an API token, or a Global API Key with its email"));
    } catch (LocationRestrictedException e) {
      add(
          Check.fail(
              "ip_allowed",
              "The token's IP address filter does not allow requests from this server (Cloudflare saw "
                  + e.location()
                  + ")",
              "In the token's settings, add "
                  + e.location()
                  + " under Client IP Address Filtering, or remove the filter"));
    } catch (InvalidCredentialException e) {
      add(Check.fail("credential", invalidMessage(), invalidFix()));
    } catch (IllegalArgumentException e) {
      // The detector refused to try the account-owned route without an account: the user-owned
      // route already refused the token.
      add(
          Check.fail(
              "account",
              "Cloudflare does not accept this token as a user-owned token, and an account-owned"
                  + " token can be verified only with its account",
              WHERE_ACCOUNT_ID));
    }
    return false;
  }

  private String describe(CredentialKind found) {
    return switch (found) {
      case ACCOUNT_TOKEN ->
          "Account-owned API token, verified at /accounts/{account_id}/tokens/verify (the user endpoint /user/tokens/verify never accepts account-owned tokens)";
      case USER_TOKEN -> "User-owned API token, verified at /user/tokens/verify";
      case GLOBAL_API_KEY ->
          "Global API Key of "
              + ((GlobalApiKey) spec.credential()).email()
              + ", accepted by Cloudflare";
    };
  }

  private void kindAdvice() {
    if (kind == CredentialKind.GLOBAL_API_KEY) {
      add(
          Check.warn(
              "credential_scope",
              "A Global API Key has full access to every account of its user, cannot be limited by permission, IP or expiry, and stops working if that user leaves",
              "Prefer an account-owned API token with only the permissions the enabled services need"));
    } else if (kind == CredentialKind.USER_TOKEN) {
      add(
          Check.warn(
              "credential_scope",
              "A user-owned token stops working when its user leaves the account or loses access",
              "For a lasting integration, create an account-owned token (Manage Account → Account API Tokens)"));
    }
  }

  private boolean status() {
    if (verification == null) {
      return true;
    }
    var now = clock.instant();
    var expires = verification.expiresOn();
    switch (verification.status()) {
      case "disabled" -> {
        add(
            Check.fail(
                "token_status",
                "The token is disabled",
                "Enable it again in the dashboard, or create a new token (rolling a token disables the old value)"));
        return false;
      }
      case "expired" -> {
        add(
            Check.fail(
                "token_status",
                "The token expired" + (expires == null ? "" : " on " + DATE.format(expires)),
                "Create a new token with no expiry (or a later one) and replace the credential"));
        return false;
      }
      default -> {}
    }
    if (verification.notBefore() != null && now.isBefore(verification.notBefore())) {
      add(
          Check.fail(
              "token_status",
              "The token is not valid before " + DATE.format(verification.notBefore()),
              "Wait until then, or create a token without a start date"));
      return false;
    }
    if (expires != null && Duration.between(now, expires).compareTo(EXPIRY_WARNING) < 0) {
      var days = Math.max(0, Duration.between(now, expires).toDays());
      add(
          Check.warn(
              "token_status",
              "The token is active but expires on "
                  + DATE.format(expires)
                  + ", in "
                  + days
                  + " days; the connection stops working then",
              "Create a token with a later expiry (or none) before then and replace the credential"));
    } else {
      add(
          Check.pass(
              "token_status",
              "Active"
                  + (expires == null
                      ? ", with no expiry"
                      : ", expires on " + DATE.format(expires))));
    }
    return true;
  }

  private String malformedFix() {
    return spec.credential() instanceof ApiToken
        ? "Paste the whole token, exactly as Cloudflare showed it; a Global API Key is not a token: give it as a key with the email of its user"
        : "Check the key and the email; an API token is not a Global API Key: give it as a token, without an email";
  }

  private String invalidMessage() {
    if (spec.credential() instanceof GlobalApiKey) {
      return "Cloudflare does not accept this Global API Key with this email";
    }
    return "Cloudflare accepts this token neither as an account-owned token of account "
        + spec.accountId()
        + " nor as a user-owned token: it is mistyped, was deleted or rolled, or belongs to another account";
  }

  private String invalidFix() {
    if (spec.credential() instanceof GlobalApiKey) {
      return "Copy the key again from My Profile → API Tokens → Global API Key, and use the email of the same user";
    }
    return "Check the Account ID (an account-owned token works only with its own account), or create a new token and paste it whole";
  }

  /**
   * Without an Account ID: lists the accounts the credential reaches, for the person to pick one.
   * Always false, since the services of no account can be checked yet.
   */
  boolean accounts(CloudflareClient client) {
    try {
      // AccountsApi.list takes null for "any name" but does not mark it @Nullable.
      @SuppressWarnings("NullAway")
      var listed = client.accounts().list(null);
      accounts = listed.stream().map(a -> new TestReport.AccountChoice(a.id(), a.name())).toList();
    } catch (PermissionDeniedException
        | InvalidRequestException
        | AccountTokenNotSupportedException e) {
      add(
          Check.fail(
              "account",
              "No Account ID was given, and the credential may not list its accounts: "
                  + e.explanation(),
              WHERE_ACCOUNT_ID));
      return false;
    }
    if (accounts.isEmpty()) {
      add(
          Check.fail(
              "account",
              "No Account ID was given, and the credential reaches no account",
              "Give the credential access to the account (in the token's Account Resources). Or: "
                  + WHERE_ACCOUNT_ID));
    } else {
      add(
          Check.fail(
              "account",
              "No Account ID was given; the credential reaches "
                  + accounts.size()
                  + (accounts.size() == 1 ? " account: " : " accounts: ")
                  + accounts.stream()
                      .map(a -> "\"" + a.name() + "\" (" + a.id() + ")")
                      .collect(Collectors.joining(", ")),
              "A connection is one account: pick one of these and test again with its Account ID"));
    }
    spec.services()
        .forEach(
            service ->
                services.put(
                    service, Availability.notChecked("not checked: pick an account first")));
    return false;
  }

  /** Checks the account itself; false when the credential cannot reach it at all. */
  boolean account(CloudflareClient client) {
    try {
      var account =
          client
              .accounts()
              .get(Objects.requireNonNull(spec.accountId(), "checked only with an Account ID"));
      accountName = account.name();
      var enforced =
          account.settings() != null && Boolean.TRUE.equals(account.settings().enforceTwofactor());
      add(
          Check.pass(
              "account",
              "Account \""
                  + account.name()
                  + "\""
                  + (enforced ? " (it enforces two-factor authentication)" : "")));
      return true;
    } catch (PermissionDeniedException e) {
      if (e.codes().contains(10000)) {
        add(
            Check.warn(
                "account",
                "The credential has no account-level permission, so the account's name cannot be read",
                "Nothing to do for zone services; account services (members, alerts) need their own permissions"));
        return true;
      }
      add(
          Check.fail(
              "account",
              "The credential cannot reach account "
                  + spec.accountId()
                  + ": the account does not exist, or the token's resources do not include it",
              ConnectionValidator.ACCOUNT_ID_HELP
                  + "; in the token's Account Resources, include this account"));
    } catch (NotFoundException | NoRouteException e) {
      add(
          Check.fail(
              "account",
              "There is no account " + spec.accountId(),
              ConnectionValidator.ACCOUNT_ID_HELP));
    }
    spec.services()
        .forEach(
            service ->
                services.put(service, Availability.notChecked("the account cannot be reached")));
    return false;
  }

  void service(CloudflareClient client, Service service) {
    probes.probe(client, service);
  }

  TestReport report() {
    for (var service : spec.services()) {
      services.putIfAbsent(
          service, Availability.notChecked("not checked: an earlier check failed"));
    }
    var ok = checks.stream().noneMatch(c -> c.status() == Check.Status.FAIL);
    return new TestReport(
        ok,
        kind,
        verification == null ? null : verification.status(),
        verification == null ? null : verification.expiresOn(),
        spec.accountId(),
        accountName,
        checks,
        services,
        accounts);
  }
}
