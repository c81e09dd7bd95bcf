package dev.flarelink.simulator.auth;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Whether an IP address falls inside a CIDR range, for token IP conditions. */
public final class Cidr {

  private Cidr() {}

  /** Whether {@code ip} is inside {@code cidr} (IPv4 or IPv6). */
  public static boolean contains(String cidr, String ip) {
    try {
      var slash = cidr.indexOf('/');
      var network = InetAddress.getByName(slash < 0 ? cidr : cidr.substring(0, slash)).getAddress();
      var address = InetAddress.getByName(ip).getAddress();
      if (network.length != address.length) {
        return false;
      }
      var bits = slash < 0 ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
      var shift = network.length * 8 - bits;
      return new BigInteger(1, network)
          .shiftRight(shift)
          .equals(new BigInteger(1, address).shiftRight(shift));
    } catch (UnknownHostException | NumberFormatException e) {
      return false;
    }
  }
}
