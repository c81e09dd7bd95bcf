package dev.flarelink.simulator.state;

/**
 * The sizes of a generated account. The same spec always generates the same state.
 *
 * @param seed the random seed
 * @param members accepted members
 * @param pending pending invitations
 * @param rejected declined invitations
 * @param zones zones in the account
 * @param recordsPerZone DNS records in each zone
 * @param alerts alert history entries
 */
public record SeedSpec(
    long seed, int members, int pending, int rejected, int zones, int recordsPerZone, int alerts) {

  /** A small account: 25 members, 5 invites, 2 declined, 5 zones of 20 records, 40 alerts. */
  public static final SeedSpec SMALL = new SeedSpec(42, 25, 5, 2, 5, 20, 40);

  public SeedSpec {
    if (members < 1
        || pending < 0
        || rejected < 0
        || zones < 0
        || recordsPerZone < 0
        || alerts < 0) {
      throw new IllegalArgumentException(
          "Sizes must not be negative and an account needs at least one member: " + this);
    }
  }

  /** A copy with another seed. */
  public SeedSpec withSeed(long value) {
    return new SeedSpec(value, members, pending, rejected, zones, recordsPerZone, alerts);
  }
}
