package dev.flarelink.simulator.state;

import dev.flarelink.simulator.state.Entities.AccessRule;
import dev.flarelink.simulator.state.Entities.Account;
import dev.flarelink.simulator.state.Entities.Alert;
import dev.flarelink.simulator.state.Entities.AlertPolicy;
import dev.flarelink.simulator.state.Entities.AuditEntry;
import dev.flarelink.simulator.state.Entities.DnsRecord;
import dev.flarelink.simulator.state.Entities.Member;
import dev.flarelink.simulator.state.Entities.Purge;
import dev.flarelink.simulator.state.Entities.Role;
import dev.flarelink.simulator.state.Entities.Token;
import dev.flarelink.simulator.state.Entities.User;
import dev.flarelink.simulator.state.Entities.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * Everything the simulated Cloudflare holds. Reads and writes go through {@link #read} and {@link
 * #write}, which take a read or write lock, so handlers see a consistent state. Lists keep
 * insertion order, which is the simulator's default order where Cloudflare documents none.
 */
public final class SimState {

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final AtomicLong version = new AtomicLong();

  final Map<String, Account> accounts = new LinkedHashMap<>();
  final Map<String, User> users = new LinkedHashMap<>();
  final Map<String, List<Member>> members = new HashMap<>();
  final Map<String, List<Role>> roles = new HashMap<>();
  final Map<String, Token> tokensByValue = new HashMap<>();
  final Map<String, Zone> zones = new LinkedHashMap<>();
  final Map<String, List<DnsRecord>> records = new HashMap<>();
  final Map<String, List<Alert>> alerts = new HashMap<>();
  final Map<String, List<AlertPolicy>> alertPolicies = new HashMap<>();
  final Map<String, List<AuditEntry>> audit = new HashMap<>();
  final Map<String, List<AccessRule>> accessRules = new HashMap<>();
  final List<Purge> purges = new ArrayList<>();
  final List<NamedCredential> credentials = new ArrayList<>();
  private final SecurityConfig security = new SecurityConfig();
  private final TrafficConfig traffic = new TrafficConfig();
  String primaryAccountId;
  long seed;
  private Ids runtimeIds = new Ids(new SplittableRandom(0));

  /** A fresh identifier for an object created at run time; deterministic for a seed. */
  public synchronized String newId() {
    return runtimeIds.hex32();
  }

  void seedRuntimeIds(long value) {
    runtimeIds = new Ids(new SplittableRandom(value ^ 0x5DEECE66DL));
  }

  /** Runs a read under the read lock. */
  public <T> T read(Function<SimState, T> reader) {
    lock.readLock().lock();
    try {
      return reader.apply(this);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Runs a change under the write lock. */
  public <T> T write(Function<SimState, T> writer) {
    lock.writeLock().lock();
    try {
      return writer.apply(this);
    } finally {
      version.incrementAndGet();
      lock.writeLock().unlock();
    }
  }

  /** A number that changes with every write, for caches of rendered objects. */
  public long version() {
    return version.get();
  }

  /** The account the generator made first, which the named credentials are for. */
  public String primaryAccountId() {
    return primaryAccountId;
  }

  /** The seed the state was generated from. */
  public long seed() {
    return seed;
  }

  /** Every account. */
  public List<Account> accounts() {
    return List.copyOf(accounts.values());
  }

  /** An account by id. */
  public Optional<Account> account(String id) {
    return Optional.ofNullable(accounts.get(id));
  }

  /** A user by id. */
  public Optional<User> user(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(users.get(id));
  }

  /** Adds or replaces a user (tests change 2FA this way). */
  public void putUser(User user) {
    users.put(user.id(), user);
  }

  /** The user whose Global API Key and email these are. */
  public Optional<User> userByKey(String key, String email) {
    return users.values().stream()
        .filter(user -> key.equals(user.globalApiKey()) && user.email().equalsIgnoreCase(email))
        .findFirst();
  }

  /** An account's members, including invites and declined invites, in insertion order. */
  public List<Member> members(String accountId) {
    return members.getOrDefault(accountId, List.of());
  }

  /** The accounts a user is an accepted member of. */
  public List<Account> accountsOfUser(String userId) {
    var result = new ArrayList<Account>();
    for (var account : accounts.values()) {
      if (members(account.id()).stream()
          .anyMatch(m -> userId.equals(m.userId()) && m.status().equals("accepted"))) {
        result.add(account);
      }
    }
    return result;
  }

  /** An account's roles. */
  public List<Role> roles(String accountId) {
    return roles.getOrDefault(accountId, List.of());
  }

  /** The token with this value. */
  public Optional<Token> tokenByValue(String value) {
    return Optional.ofNullable(tokensByValue.get(value));
  }

  /** A token by id. */
  public Optional<Token> tokenById(String id) {
    return tokensByValue.values().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** Adds or replaces a token. */
  public void putToken(Token token) {
    tokensByValue.values().removeIf(t -> t.id().equals(token.id()));
    tokensByValue.put(token.value(), token);
  }

  /** Every zone, in insertion order. */
  public List<Zone> zones() {
    return List.copyOf(zones.values());
  }

  /** A zone by id. */
  public Optional<Zone> zone(String id) {
    return Optional.ofNullable(zones.get(id));
  }

  /** Replaces a zone. */
  public void putZone(Zone zone) {
    zones.put(zone.id(), zone);
  }

  /** Deletes a zone and its records, as deleting it in the dashboard would. */
  public void removeZone(String id) {
    zones.remove(id);
    records.remove(id);
    security.removeZone(id);
    traffic.removeZone(id);
  }

  /** Load balancers, pools, monitors, health checks and waiting rooms. */
  public TrafficConfig traffic() {
    return traffic;
  }

  /** A zone's DNS records, in insertion order. The list is live; change it only under write. */
  public List<DnsRecord> records(String zoneId) {
    return records.computeIfAbsent(zoneId, id -> new ArrayList<>());
  }

  /** An account's alert history, oldest first. */
  public List<Alert> alerts(String accountId) {
    return alerts.getOrDefault(accountId, List.of());
  }

  /** An account's notification policies. */
  public List<AlertPolicy> alertPolicies(String accountId) {
    return alertPolicies.getOrDefault(accountId, List.of());
  }

  /** An account's audit log, oldest first. */
  public List<AuditEntry> audit(String accountId) {
    return audit.getOrDefault(accountId, List.of());
  }

  /** The access rules of an account or zone. The list is live; change it only under write. */
  public List<AccessRule> accessRules(String scopeType, String scopeId) {
    return accessRules.computeIfAbsent(scopeType + "/" + scopeId, key -> new ArrayList<>());
  }

  /** Rulesets, Page Rules and certificate packs. */
  public SecurityConfig security() {
    return security;
  }

  /** Every purge requested so far. The list is live; change it only under write. */
  public List<Purge> purges() {
    return purges;
  }

  /** The named credentials, for tests and {@code --credentials-out}. */
  public List<NamedCredential> credentials() {
    return List.copyOf(credentials);
  }

  /** A named credential. */
  public NamedCredential credential(String name) {
    return credentials.stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No credential named " + name));
  }
}
