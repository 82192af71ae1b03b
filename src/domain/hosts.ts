/**
 * Facts about host names, as `URL.hostname` gives them: which are this machine, which are public,
 * and whether a host is a domain or one of its subdomains. The URL policies of merchants and
 * providers decide with these.
 *
 * `URL.hostname` is already canonical (WHATWG URL, the same in workerd): every IPv4 spelling
 * (`2130706433`, `0x7f.1`, `0177.0.0.1`, `127.1`, `127.0.0.1.`, full-width digits) is dotted
 * decimal, IPv6 is bracketed, lower case and compressed (`[::ffff:127.0.0.1]` is `[::ffff:7f00:1]`),
 * a zone id (`[fe80::1%eth0]`) is no URL at all, and names are lower-case ASCII, perhaps with a
 * trailing dot. So the rules below need only those three forms; `hosts.test.ts` shows each spelling.
 */

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Whether `hostname` is this machine, as a merchant set up for local development may name it. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}

/** Whether `hostname` is one of `domains` or below one of them (`pay.vipps.no` is on `vipps.no`; `evilvipps.no` is not). */
export function isOnDomain(hostname: string, domains: readonly string[]): boolean {
  return domains.some((domain) => hostname === domain || hostname.endsWith(`.${domain}`));
}

/**
 * Where a host is: `loopback` (this machine in any form), `private` (any other address or name that
 * is not on the public internet), or `public`. Only a public host may receive a merchant's customers
 * or webhooks, except that a merchant set up for local development may use `isLoopbackHost` ones.
 */
export type HostReach = "public" | "loopback" | "private";

export function hostReach(hostname: string): HostReach {
  const ipv4 = parseIpv4(hostname);
  if (ipv4 !== null) return ipv4Reach(ipv4);
  if (hostname.startsWith("[")) return ipv6Reach(hostname.slice(1, -1));
  return nameReach(hostname);
}

/**
 * Name suffixes that never reach the public internet: `localhost` (RFC 6761, this machine), `local`
 * (multicast DNS, the local link: RFC 6762), `home.arpa` (home networks: RFC 8375) and `internal`
 * (reserved by ICANN for private networks, as cloud metadata names such as
 * `metadata.google.internal` use). A one-label name (`intranet`) is refused too: a resolver completes
 * it from its search domains, into whatever network it sits in, and no shop is reached so.
 */
const PRIVATE_SUFFIXES = ["local", "home.arpa", "internal"];

function nameReach(hostname: string): HostReach {
  const name = hostname.endsWith(".") ? hostname.slice(0, -1) : hostname;
  if (isOnDomain(name, ["localhost"])) return "loopback";
  if (!name.includes(".") || isOnDomain(name, PRIVATE_SUFFIXES)) return "private";
  return "public";
}

/** An IPv4 address in dotted decimal as a 32-bit number, or null when `hostname` is not one. */
function parseIpv4(hostname: string): number | null {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(hostname);
  if (!match) return null;
  const parts = match.slice(1).map(Number);
  if (parts.some((part) => part > 255)) return null;
  return parts.reduce((value, part) => value * 256 + part, 0);
}

/** IPv4 blocks that are not public (IANA special-purpose registry), as [first address, prefix length]. */
const IPV4_PRIVATE: [string, number][] = [
  ["0.0.0.0", 8], // "this network", 0.0.0.0 included
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // shared address space (carrier-grade NAT)
  ["169.254.0.0", 16], // link-local, cloud metadata at 169.254.169.254
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation (TEST-NET-1)
  ["192.88.99.0", 24], // 6to4 relay anycast (deprecated)
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation (TEST-NET-2)
  ["203.0.113.0", 24], // documentation (TEST-NET-3)
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and 255.255.255.255 broadcast
];

function ipv4Reach(address: number): HostReach {
  if (address >>> 24 === 127) return "loopback";
  const inBlock = ([first, bits]: [string, number]) => {
    const size = 2 ** (32 - bits);
    const start = parseIpv4(first) ?? 0;
    return address >= start && address < start + size;
  };
  return IPV4_PRIVATE.some(inBlock) ? "private" : "public";
}

/** The eight 16-bit groups of an IPv6 address as `URL` writes it (no zone, IPv4 tail already hex), or null. */
function parseIpv6(text: string): number[] | null {
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groups = (half: string) => (half === "" ? [] : half.split(":"));
  const head = groups(halves[0] ?? "");
  const tail = halves.length === 2 ? groups(halves[1] ?? "") : [];
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const all = [...head, ...Array<string>(missing).fill("0"), ...tail];
  if (!all.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
  return all.map((group) => Number.parseInt(group, 16));
}

/**
 * IPv6: only global unicast (2000::/3) is public, less its special blocks. Outside it lie `::`, `::1`,
 * the IPv4-mapped (`::ffff:0:0/96`), IPv4-compatible (`::/96`) and NAT64 (`64:ff9b::/96`,
 * `64:ff9b:1::/48`) forms whatever IPv4 address they carry, discard-only `100::/64`, unique-local
 * `fc00::/7`, link-local `fe80::/10`, site-local `fec0::/10` and multicast `ff00::/8`. Anything that
 * is not an address is private too.
 */
function ipv6Reach(text: string): HostReach {
  const groups = parseIpv6(text);
  if (groups === null) return "private";
  const [first = 0, second = 0] = groups;
  if (groups.slice(0, 7).every((group) => group === 0) && groups[7] === 1) return "loopback";
  if (first >>> 13 !== 0b001) return "private"; // not 2000::/3
  if (first === 0x2001 && second < 0x200) return "private"; // 2001::/23 IETF protocol assignments, Teredo, benchmarking
  if (first === 0x2001 && second === 0xdb8) return "private"; // documentation
  if (first === 0x2002) return "private"; // 6to4, an IPv4 address inside
  if (first === 0x3fff && second < 0x1000) return "private"; // 3fff::/20 documentation
  return "public";
}
