package org.paperdigest.maven.links.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the link checker away from the machine it runs on and its network (server-side request
 * forgery): a host that resolves to a loopback, private, link-local, unique-local or unspecified
 * address is not requested, unless the host or the address is allow-listed. Allow-list items are
 * host names (covering subdomains), IP addresses, or CIDR blocks such as {@code 127.0.0.0/8}.
 */
public final class AddressPolicy {

  private record Block(byte[] network, int prefix) {
    boolean contains(InetAddress address) {
      byte[] bytes = address.getAddress();
      if (bytes.length != network.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (bytes[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xFF << (8 - rest) & 0xFF;
      return (bytes[full] & mask) == (network[full] & mask);
    }
  }

  private final List<HostPattern> hosts;
  private final List<Block> blocks;

  private AddressPolicy(List<HostPattern> hosts, List<Block> blocks) {
    this.hosts = hosts;
    this.blocks = blocks;
  }

  public static AddressPolicy parse(List<String> allowed) {
    List<HostPattern> hosts = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    for (String item : allowed) {
      String text = item.strip();
      int slash = text.indexOf('/');
      String address = slash < 0 ? text : text.substring(0, slash);
      if (isIpLiteral(address)) {
        byte[] bytes = literal(address).getAddress();
        int prefix = bytes.length * 8;
        if (slash >= 0) {
          try {
            prefix = Integer.parseInt(text.substring(slash + 1));
          } catch (NumberFormatException e) {
            prefix = -1;
          }
          if (prefix < 0 || prefix > bytes.length * 8) {
            throw new IllegalArgumentException("'" + item + "' has no valid prefix length");
          }
        }
        blocks.add(new Block(bytes, prefix));
      } else {
        hosts.add(new HostPattern(text));
      }
    }
    return new AddressPolicy(List.copyOf(hosts), List.copyOf(blocks));
  }

  /** Whether the host name itself is allow-listed. */
  public boolean allowsHost(String host) {
    return hosts.stream().anyMatch(h -> h.matches(host));
  }

  /** Whether {@code address} may be requested: public, or allow-listed. */
  public boolean allowsAddress(InetAddress address) {
    return !isInternal(address) || blocks.stream().anyMatch(b -> b.contains(address));
  }

  static boolean isInternal(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isSiteLocalAddress()
        || address.isLinkLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet6Address) {
      return (b[0] & 0xFE) == 0xFC; // fc00::/7, unique local
    }
    if (address instanceof Inet4Address) {
      return (b[0] & 0xFF) == 0 // 0.0.0.0/8
          || (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64 // 100.64.0.0/10, carrier-grade NAT
          || (b[0] & 0xFF) == 169 && (b[1] & 0xFF) == 254;
    }
    return false;
  }

  static boolean isIpLiteral(String host) {
    String h = unbracketed(host);
    return h.matches("\\d{1,3}(\\.\\d{1,3}){3}") || h.contains(":") && h.matches("[0-9A-Fa-f:.]+");
  }

  /** An IPv6 literal as URLs write it, {@code [::1]}, without its brackets. */
  private static String unbracketed(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /** Parses an IP literal without any name lookup. */
  static InetAddress literal(String host) {
    try {
      return InetAddress.getByName(unbracketed(host)); // a literal is parsed, never looked up
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("'" + host + "' is not an IP address", e);
    }
  }
}
