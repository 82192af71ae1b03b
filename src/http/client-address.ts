/**
 * The key a client's address is counted under by the per-address rate limits. IPv4: the whole
 * address. IPv6: its /64 prefix, since one subscriber (a home, a phone, a server) is usually given
 * a whole /64 and can pick any address in it; an IPv4-mapped IPv6 address (`::ffff:a.b.c.d`) is its
 * IPv4 address. Anything that is no address shares one key, so junk cannot make new ones.
 */

/** The one key of every value that is no IP address. */
export const UNPARSED_ADDRESS = "unparsed";

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** The four octets of a dotted IPv4 address, or null. */
function ipv4Octets(text: string): number[] | null {
  const match = IPV4.exec(text);
  if (!match) return null;
  const octets = match.slice(1).map(Number);
  return octets.every((octet) => octet <= 255) ? octets : null;
}

/** One side of `::`: hextets, the last of which may be a dotted IPv4 address (two hextets). */
function hextetsOf(side: string, last: boolean): number[] | null {
  if (side === "") return [];
  const parts = side.split(":");
  const hextets: number[] = [];
  for (const [index, part] of parts.entries()) {
    const octets = last && index === parts.length - 1 ? ipv4Octets(part) : null;
    if (octets) {
      hextets.push(((octets[0] ?? 0) << 8) | (octets[1] ?? 0), ((octets[2] ?? 0) << 8) | (octets[3] ?? 0));
    } else if (/^[0-9a-f]{1,4}$/.test(part)) {
      hextets.push(Number.parseInt(part, 16));
    } else {
      return null;
    }
  }
  return hextets;
}

/** The eight hextets of an IPv6 address (`::` expanded, a trailing IPv4 part converted), or null. */
function ipv6Hextets(text: string): number[] | null {
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const [head = "", tail] = halves;
  const front = hextetsOf(head, tail === undefined);
  const back = tail === undefined ? [] : hextetsOf(tail, true);
  if (!front || !back) return null;
  const missing = 8 - front.length - back.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  return [...front, ...Array<number>(missing).fill(0), ...back];
}

/** The per-address key of `address` (as `CF-Connecting-IP` carries it). */
export function addressKey(address: string): string {
  const text = address.trim().toLowerCase();
  const octets = ipv4Octets(text);
  if (octets) return octets.join(".");
  const hextets = text.includes(":") ? ipv6Hextets(text.replace(/^\[(.*)\]$/, "$1")) : null;
  if (!hextets) return UNPARSED_ADDRESS;
  const [a, b, c, d, e, f, g = 0, h = 0] = hextets;
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0xffff) {
    return [g >> 8, g & 0xff, h >> 8, h & 0xff].join(".");
  }
  return `${[a, b, c, d].map((hextet) => (hextet ?? 0).toString(16)).join(":")}::/64`;
}
