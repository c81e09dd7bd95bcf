package dev.flarelink.simulator.state;

import dev.flarelink.simulator.state.Entities.Account;
import dev.flarelink.simulator.state.Entities.Member;
import dev.flarelink.simulator.state.Entities.MemberPolicy;
import dev.flarelink.simulator.state.Entities.Role;
import dev.flarelink.simulator.state.Entities.User;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Builds a realistic account from a {@link SeedSpec}: members with roles, policies and 2FA,
 * invites, zones with settings and DNS records, alert history, audit log and the named credentials.
 * The same spec and reference day always give the same state.
 */
public final class Generator {

  private final SeedSpec spec;
  private final Instant reference;
  private final SplittableRandom random;
  private final Ids ids;
  private final SimState state = new SimState();

  private Generator(SeedSpec spec, Instant now) {
    this.spec = spec;
    this.reference = now.truncatedTo(ChronoUnit.DAYS);
    this.random = new SplittableRandom(spec.seed());
    this.ids = new Ids(random);
  }

  /** Generates the state for a spec, with timestamps relative to the day of {@code now}. */
  public static SimState generate(SeedSpec spec, Instant now) {
    return new Generator(spec, now).build();
  }

  private SimState build() {
    state.seed = spec.seed();
    state.seedRuntimeIds(spec.seed());
    var account =
        new Account(
            ids.hex32(), "Acme Corp (simulated)", "standard", daysAgo(900), random.nextInt(4) == 0);
    state.accounts.put(account.id(), account);
    state.primaryAccountId = account.id();
    var roles = roles(account.id());
    var superAdmin = members(account, roles);
    var zoneIds = new ZoneFactory(state, spec, random, ids, reference).build(account.id());
    addPolicies(account.id(), zoneIds);
    var other = new Account(ids.hex32(), "Other Corp (simulated)", "standard", daysAgo(400), false);
    state.accounts.put(other.id(), other);
    state.roles.put(other.id(), roles(other.id()));
    state.members.put(
        other.id(),
        new ArrayList<>(
            List.of(
                new Member(
                    ids.hex32(),
                    other.id(),
                    superAdmin.id(),
                    superAdmin.email(),
                    "accepted",
                    List.of(state.roles(other.id()).getFirst().id()),
                    List.of(),
                    daysAgo(300)))));
    new HistoryFactory(state, spec, random, ids, reference).build(account.id(), zoneIds);
    new CredentialFactory(state, ids, reference).build(account.id(), other.id(), superAdmin);
    new SecurityFactory(state, spec.seed(), reference).build(account.id(), zoneIds);
    new TrafficFactory(state, spec.seed(), reference).build(account.id());
    return state;
  }

  private List<Role> roles(String accountId) {
    var list = new ArrayList<Role>();
    Catalog.roles()
        .forEach(
            (name, permissions) ->
                list.add(
                    new Role(ids.hex32(), name, name + " access to the account", permissions)));
    state.roles.put(accountId, list);
    return list;
  }

  private User members(Account account, List<Role> roles) {
    var list = new ArrayList<Member>();
    User superAdmin = null;
    for (int i = 0; i < spec.members(); i++) {
      var first = Catalog.FIRST_NAMES[random.nextInt(Catalog.FIRST_NAMES.length)];
      var last = Catalog.LAST_NAMES[random.nextInt(Catalog.LAST_NAMES.length)];
      var email = (first + "." + last + "." + i + "@example.com").toLowerCase(Locale.ROOT);
      var twoFactor = i == 0 || random.nextInt(10) < 7;
      var user =
          new User(ids.hex32(), first, last, email, twoFactor, i == 0 ? ids.globalKey() : null);
      state.users.put(user.id(), user);
      var role = i == 0 ? roles.getFirst() : roles.get(1 + random.nextInt(roles.size() - 1));
      var roleIds = new ArrayList<>(List.of(role.id()));
      if (i > 0 && random.nextInt(8) == 0) {
        var extra = roles.get(1 + random.nextInt(roles.size() - 1));
        if (!roleIds.contains(extra.id())) {
          roleIds.add(extra.id());
        }
      }
      list.add(
          new Member(
              ids.hex32(),
              account.id(),
              user.id(),
              email,
              "accepted",
              roleIds,
              List.of(),
              daysAgo(30 + random.nextInt(700))));
      if (i == 0) {
        superAdmin = user;
      }
    }
    for (int i = 0; i < spec.pending() + spec.rejected(); i++) {
      var status = i < spec.pending() ? "pending" : "rejected";
      var email = "invitee." + i + "@example.net";
      var role = roles.get(1 + random.nextInt(roles.size() - 1));
      list.add(
          new Member(
              ids.hex32(),
              account.id(),
              null,
              email,
              status,
              List.of(role.id()),
              List.of(),
              daysAgo(1 + random.nextInt(60))));
    }
    state.members.put(account.id(), list);
    return superAdmin;
  }

  /** Gives some accepted members member policies, some reaching single zones. */
  private void addPolicies(String accountId, List<String> zoneIds) {
    var list = state.members.get(accountId);
    for (int i = 1; i < list.size(); i++) {
      var member = list.get(i);
      if (!member.status().equals("accepted") || random.nextInt(5) != 0) {
        continue;
      }
      var groups =
          random.nextBoolean()
              ? List.of("DNS Read", "Zone Read")
              : List.of("Analytics Read", "Zone Read");
      var zones =
          zoneIds.isEmpty() || random.nextBoolean()
              ? List.<String>of()
              : List.of(zoneIds.get(random.nextInt(zoneIds.size())));
      var policy = new MemberPolicy(ids.hex32(), "allow", groups, zones);
      list.set(
          i,
          new Member(
              member.id(),
              member.accountId(),
              member.userId(),
              member.email(),
              member.status(),
              member.roleIds(),
              List.of(policy),
              member.invitedOn()));
    }
  }

  private Instant daysAgo(int days) {
    return reference.minus(Duration.ofDays(days)).plusSeconds(random.nextInt(86_400));
  }
}
