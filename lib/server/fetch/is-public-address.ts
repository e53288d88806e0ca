import "server-only";
import ipaddr from "ipaddr.js";

/**
 * Whether an IP address is an ordinary public unicast address we may connect to on a user's
 * behalf. Everything else (loopback, private, link-local incl. cloud metadata, unique-local,
 * CGNAT, multicast, unspecified, reserved, 6to4/NAT64/Teredo tunnels that embed other
 * addresses) is refused. IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the IPv4 it maps to.
 * Allow-listing "unicast" rather than deny-listing ranges keeps new special ranges refused.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  if (ip.kind() === "ipv6" && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  return ip.range() === "unicast";
}

/** Loopback only (127/8, ::1, and their mapped form): what a test's explicit allowance may reach. */
export function isLoopbackAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  if (ip.kind() === "ipv6" && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  return ip.range() === "loopback";
}
