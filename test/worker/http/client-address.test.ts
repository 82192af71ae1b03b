/** The per-address key of the rate limits: IPv4 whole, IPv6 by its /64, IPv4-mapped IPv6 as IPv4. */
import { describe, expect, it } from "vitest";
import { addressKey, UNPARSED_ADDRESS } from "../../../src/http/client-address";

describe("addressKey", () => {
  it.each([
    ["IPv4", "203.0.113.7", "203.0.113.7"],
    ["IPv4 with spaces", " 203.0.113.7 ", "203.0.113.7"],
    ["IPv4 with leading zeros", "203.0.113.007", "203.0.113.7"],
    ["IPv6, full", "2001:0db8:0000:0001:0000:0000:0000:0001", "2001:db8:0:1::/64"],
    ["IPv6, short", "2001:db8:0:1::1", "2001:db8:0:1::/64"],
    ["IPv6, another address of the same /64", "2001:db8:0:1:ffff:ffff:ffff:ffff", "2001:db8:0:1::/64"],
    ["IPv6, upper case", "2001:DB8:0:1::ABCD", "2001:db8:0:1::/64"],
    ["IPv6, :: in the prefix", "2001:db8::1", "2001:db8:0:0::/64"],
    ["IPv6, :: at the start", "::1", "0:0:0:0::/64"],
    ["IPv6, ::", "::", "0:0:0:0::/64"],
    ["IPv6, :: at the end", "2001:db8:1:2:3::", "2001:db8:1:2::/64"],
    ["IPv6, the next /64", "2001:db8:0:2::1", "2001:db8:0:2::/64"],
    ["IPv6 in brackets", "[2001:db8:0:1::1]", "2001:db8:0:1::/64"],
    ["IPv4-mapped", "::ffff:198.51.100.9", "198.51.100.9"],
    ["IPv4-mapped, upper case", "::FFFF:198.51.100.9", "198.51.100.9"],
    ["IPv4-mapped, in hextets", "::ffff:c633:6409", "198.51.100.9"],
    ["IPv4-mapped, expanded", "0:0:0:0:0:ffff:198.51.100.9", "198.51.100.9"],
    ["IPv6 ending in dotted IPv4", "64:ff9b::198.51.100.9", "64:ff9b:0:0::/64"],
  ])("%s: %j → %j", (_, address, key) => {
    expect(addressKey(address)).toBe(key);
  });

  it.each([
    ["empty", ""],
    ["a name", "localhost"],
    ["an octet over 255", "203.0.113.256"],
    ["three octets", "203.0.113"],
    ["two ::", "2001::db8::1"],
    ["nine hextets", "1:2:3:4:5:6:7:8:9"],
    ["seven hextets", "1:2:3:4:5:6:7"],
    [":: standing for nothing", "1:2:3:4::5:6:7:8"],
    ["a long hextet", "2001:db80a::1"],
    ["not hex", "2001:db8:g::1"],
    ["IPv4 in the middle", "::198.51.100.9:1"],
    ["two addresses", "203.0.113.7, 198.51.100.9"],
  ])("%s (%j) shares one key", (_, address) => {
    expect(addressKey(address)).toBe(UNPARSED_ADDRESS);
  });
});
