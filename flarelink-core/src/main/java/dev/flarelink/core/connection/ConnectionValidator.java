package dev.flarelink.core.connection;

import dev.flarelink.cloudflare.auth.Credential;
import dev.flarelink.cloudflare.auth.CredentialKind;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.core.error.InvalidInputException.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks a {@link ConnectionInput} before anything is sent to Cloudflare, and says for each field
 * what is wrong and how to fix it.
 */
public final class ConnectionValidator {

  private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9a-fA-F]{32}");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
  private static final int MAX_NAME = 100;
  private static final int MAX_SECRET = 200;
  private static final int MAX_EMAIL = 254;

  /** The Account ID rule, as a sentence. */
  public static final String ACCOUNT_ID_HELP =
      "The Account ID is the 32 hexadecimal characters shown on the account's home page in the"
          + " Cloudflare dashboard (and in the API section of any zone's Overview page)";

  /** Validates the input to save, or throws with every problem found. */
  public ConnectionSpec validate(ConnectionInput input) {
    return validate(input, true);
  }

  /**
   * Validates the input to test: as {@link #validate}, but the Account ID may be missing (the test
   * then lists the accounts the credential reaches).
   */
  public ConnectionSpec validateForTest(ConnectionInput input) {
    return validate(input, false);
  }

  /**
   * Validates the fields of a change that keeps the saved credential: name, Account ID, token type
   * and services (each only when given). The credential's fields are ignored.
   *
   * @throws InvalidInputException naming each field that cannot be used, with its fix
   */
  public void validateDetails(ConnectionInput changes) {
    var problems = new ArrayList<Problem>();
    if (changes.name() != null) {
      name(changes.name(), problems);
    }
    if (changes.accountId() != null) {
      accountId(changes.accountId(), problems);
    }
    owner(changes.tokenType(), problems);
    kind(changes.credentialKind(), problems);
    if (changes.enabledServices() != null) {
      services(changes.enabledServices(), problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The token owner a person stated ({@code account} or {@code user}), or {@code null}. */
  public static @Nullable CredentialKind statedOwner(@Nullable String tokenType) {
    var problems = new ArrayList<Problem>();
    var owner = owner(tokenType, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return owner;
  }

  /** The services named, validated. */
  public static List<Service> services(@Nullable List<String> ids) {
    var problems = new ArrayList<Problem>();
    var services = services(ids, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return services;
  }

  /**
   * Validates the input to save with a credential already saved (a change of account that keeps
   * it): as {@link #validate}, but {@code saved} is the credential and the input's credential
   * fields are ignored, so the secret is not turned back into text to be read again.
   */
  public ConnectionSpec validateKeeping(ConnectionInput input, Credential saved) {
    return validate(input, true, (given, stated, problems) -> saved);
  }

  /** Reads the credential of an input, adding a problem when it cannot be used. */
  @FunctionalInterface
  private interface CredentialReading {
    @Nullable Credential read(
        ConnectionInput input, @Nullable CredentialKind stated, List<Problem> problems);
  }

  private ConnectionSpec validate(ConnectionInput input, boolean accountRequired) {
    return validate(input, accountRequired, ConnectionValidator::credential);
  }

  private ConnectionSpec validate(
      ConnectionInput input, boolean accountRequired, CredentialReading credentials) {
    var problems = new ArrayList<Problem>();
    var name = name(input.name(), problems);
    var accountId =
        !accountRequired && (input.accountId() == null || input.accountId().isBlank())
            ? null
            : accountId(input.accountId(), problems);
    var statedKind = kind(input.credentialKind(), problems);
    var statedOwner = owner(input.tokenType(), problems);
    var credential = credentials.read(input, statedKind, problems);
    var services = services(input.enabledServices(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Objects.requireNonNull(credential, "a credential reading returns null only with a problem");
    return new ConnectionSpec(name, accountId, credential, statedKind, statedOwner, services);
  }

  /**
   * The first character of {@code text} that a person cannot see or that reorders what they see:
   * C0/C1 controls, bidi controls (U+200E/F, U+202A–U+202E, U+2066–U+2069), zero-width characters
   * (U+200B–U+200D, U+FEFF), or half of a surrogate pair; described with its code point. Every name
   * a person reads (connections, workspaces, API keys) is held to it.
   */
  public static Optional<String> invisible(String text) {
    for (var i = 0; i < text.length(); i++) {
      var c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      String what = null;
      if (Character.isSurrogate(c)) {
        what = "an unpaired surrogate";
      } else if (Character.isISOControl(c)) {
        what = "a control character";
      } else if (c == '\u200E'
          || c == '\u200F'
          || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u2069')) {
        what = "a bidirectional control character";
      } else if ((c >= '\u200B' && c <= '\u200D') || c == '\uFEFF') {
        what = "a zero-width character";
      }
      if (what != null) {
        return Optional.of(what + " (U+" + String.format(Locale.ROOT, "%04X", (int) c) + ")");
      }
    }
    return Optional.empty();
  }

  private static String name(@Nullable String raw, List<Problem> problems) {
    var name = raw == null ? "" : raw.strip();
    if (name.isEmpty()) {
      problems.add(new Problem("name", "A name is required, e.g. \"Production account\""));
    } else if (name.length() > MAX_NAME) {
      problems.add(
          new Problem(
              "name", "The name is " + name.length() + " characters; use at most " + MAX_NAME));
    } else if (CONTROL.matcher(name).find()) {
      problems.add(new Problem("name", "The name contains control characters; use plain text"));
    } else {
      invisible(name)
          .ifPresent(
              found ->
                  problems.add(
                      new Problem(
                          "name",
                          "The name contains "
                              + found
                              + ", which could make two names look alike or read in another"
                              + " order; type the name again as plain text")));
    }
    return name;
  }

  /** The normalised Account ID, or a problem. */
  public static @Nullable String accountId(@Nullable String raw, List<Problem> problems) {
    var value = raw == null ? "" : raw.strip();
    if (value.isEmpty()) {
      problems.add(new Problem("account_id", "The Account ID is required. " + ACCOUNT_ID_HELP));
      return null;
    }
    if (!ACCOUNT_ID.matcher(value).matches()) {
      var what =
          value.length() != 32
              ? value.length() + " characters"
              : "characters other than 0-9 and a-f";
      problems.add(
          new Problem("account_id", "This Account ID has " + what + ". " + ACCOUNT_ID_HELP));
      return null;
    }
    return value.toLowerCase(Locale.ROOT);
  }

  private static @Nullable CredentialKind kind(@Nullable String raw, List<Problem> problems) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    var kind = CredentialKind.fromId(raw);
    if (kind.isEmpty()) {
      problems.add(
          new Problem(
              "credential_kind",
              "Unknown credential kind '"
                  + clip(raw)
                  + "'; use account_token, user_token or global_api_key"));
      return null;
    }
    return kind.get();
  }

  private static @Nullable CredentialKind owner(@Nullable String raw, List<Problem> problems) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return switch (raw.strip().toLowerCase(Locale.ROOT).replace('-', '_')) {
      case "account", "account_owned", "account_token" -> CredentialKind.ACCOUNT_TOKEN;
      case "user", "user_owned", "user_token" -> CredentialKind.USER_TOKEN;
      default -> {
        problems.add(
            new Problem(
                "token_type",
                "Unknown token type '"
                    + clip(raw)
                    + "'; use account (account-owned) or user (user-owned)"));
        yield null;
      }
    };
  }

  /** Whether a pasted secret is too long or has spaces or control characters in it. */
  private static boolean garbled(@Nullable String secret) {
    return secret != null
        && (secret.length() > MAX_SECRET || CONTROL.matcher(secret).find() || secret.contains(" "));
  }

  private static @Nullable Credential credential(
      ConnectionInput input, @Nullable CredentialKind stated, List<Problem> problems) {
    var token = blankToNull(input.token());
    var key = blankToNull(input.key());
    var email = blankToNull(input.email());
    var garbled = garbled(token) ? "token" : garbled(key) ? "key" : null;
    if (garbled != null) {
      problems.add(
          new Problem(
              garbled,
              "The secret has spaces, line breaks or more than "
                  + MAX_SECRET
                  + " characters; paste it again, exactly as Cloudflare showed it"));
      return null;
    }
    if (email != null
        && (email.length() > MAX_EMAIL || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      problems.add(
          new Problem(
              "email",
              "'"
                  + clip(email)
                  + "' is not an email address; give the email of the Cloudflare user who owns the Global API Key"));
      return null;
    }
    if (token != null && key != null) {
      problems.add(
          new Problem(
              "token", "Give either an API token or a Global API Key with its email, not both"));
      return null;
    }
    if (token == null && key == null) {
      problems.add(
          new Problem(
              "token",
              "A credential is required: an API token (account- or user-owned), or a Global API Key in `key` with the user's email"));
      return null;
    }
    if (token != null && email != null) {
      problems.add(
          new Problem(
              "email",
              "An email goes only with a Global API Key, not with an API token; leave it empty, or give the Global API Key in `key`"));
      return null;
    }
    if (key != null && email == null) {
      problems.add(
          new Problem(
              "email",
              "A Global API Key needs the email address of the Cloudflare user it belongs to"));
      return null;
    }
    if (stated == CredentialKind.GLOBAL_API_KEY && token != null) {
      problems.add(
          new Problem(
              "credential_kind",
              "The kind says Global API Key but a token was given; give the key in `key` with its email, or change the kind"));
      return null;
    }
    if (stated != null && stated != CredentialKind.GLOBAL_API_KEY && key != null) {
      problems.add(
          new Problem(
              "credential_kind",
              "The kind says API token but a Global API Key was given; give the token in `token`, or change the kind"));
      return null;
    }
    try {
      if (token != null) {
        return Credential.apiToken(token);
      }
      // Without a token there is a key (else it returned above), and a key has an email.
      return Credential.globalApiKey(Objects.requireNonNull(key), Objects.requireNonNull(email));
    } catch (IllegalArgumentException e) {
      problems.add(
          new Problem(
              token != null ? "token" : "key",
              Objects.requireNonNullElse(e.getMessage(), "The credential cannot be used")));
      return null;
    }
  }

  private static List<Service> services(@Nullable List<String> raw, List<Problem> problems) {
    if (raw == null) {
      return Service.readOnlyDefaults();
    }
    var services = new LinkedHashSet<Service>();
    for (var id : raw) {
      var service = Service.fromId(id);
      if (service.isEmpty()) {
        var known = Arrays.stream(Service.values()).map(Service::id).toList();
        problems.add(
            new Problem(
                "enabled_services",
                "Unknown service '"
                    + clip(String.valueOf(id))
                    + "'; use any of "
                    + String.join(", ", known)));
      } else {
        services.add(service.get());
      }
    }
    if (services.isEmpty()
        && problems.stream().noneMatch(p -> p.field().equals("enabled_services"))) {
      problems.add(new Problem("enabled_services", "Enable at least one service"));
    }
    return List.copyOf(services);
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String clip(String text) {
    var printable = CONTROL.matcher(text).replaceAll("?");
    return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
  }
}
