import { describe, expect, it } from "vitest";
import { hostReach, isLoopbackHost, isOnDomain } from "../../../src/domain/hosts";

describe("isOnDomain", () => {
  const VIPPS = ["vipps.no", "mobilepay.dk"];
  it.each([
    ["vipps.no", true],
    ["pay.vipps.no", true],
    ["a.b.mobilepay.dk", true],
    ["evilvipps.no", false],
    ["vipps.no.evil.example", false],
    ["vipps.noo", false],
    ["mobilepay.dk.", false],
    ["", false],
  ])("%s on vipps.no or mobilepay.dk: %s", (hostname, expected) => {
    expect(isOnDomain(hostname, VIPPS)).toBe(expected);
  });

  it("is on no domain of an empty list", () => {
    expect(isOnDomain("vipps.no", [])).toBe(false);
  });
});

describe("isLoopbackHost", () => {
  it.each([
    ["localhost", true],
    ["127.0.0.1", true],
    ["[::1]", true],
    ["localhost.example", false],
    ["127.0.0.2", false],
    ["0.0.0.0", false],
  ])("%s: %s", (hostname, expected) => {
    expect(isLoopbackHost(hostname)).toBe(expected);
  });
});

describe("hostReach, after workerd's URL has made the host canonical", () => {
  // [how a URL spells the host, what URL.hostname makes of it, where it is]
  const cases: [string, string, "public" | "loopback" | "private"][] = [
    ["127.0.0.1", "127.0.0.1", "loopback"],
    ["127.0.0.2", "127.0.0.2", "loopback"],
    ["127.255.255.254", "127.255.255.254", "loopback"],
    ["2130706433", "127.0.0.1", "loopback"],
    ["017700000001", "127.0.0.1", "loopback"],
    ["0x7f000001", "127.0.0.1", "loopback"],
    ["0x7f.1", "127.0.0.1", "loopback"],
    ["0x7f.0x0.0x0.0x1", "127.0.0.1", "loopback"],
    ["0177.0.0.1", "127.0.0.1", "loopback"],
    ["127.000.000.001", "127.0.0.1", "loopback"],
    ["127.1", "127.0.0.1", "loopback"],
    ["127.0.0.1.", "127.0.0.1", "loopback"],
    ["１２７.０.０.１", "127.0.0.1", "loopback"],
    ["127。0。0。1", "127.0.0.1", "loopback"],
    ["localhost", "localhost", "loopback"],
    ["LOCALHOST", "localhost", "loopback"],
    ["localhost.", "localhost.", "loopback"],
    ["foo.localhost", "foo.localhost", "loopback"],
    ["foo.localhost.", "foo.localhost.", "loopback"],
    ["[::1]", "[::1]", "loopback"],
    ["[0:0:0:0:0:0:0:1]", "[::1]", "loopback"],
    ["0", "0.0.0.0", "private"],
    ["0x", "0.0.0.0", "private"],
    ["0.0.0.0", "0.0.0.0", "private"],
    ["10.0.0.1", "10.0.0.1", "private"],
    ["167772161", "10.0.0.1", "private"],
    ["100.64.0.1", "100.64.0.1", "private"],
    ["100.127.255.255", "100.127.255.255", "private"],
    ["169.254.169.254", "169.254.169.254", "private"],
    ["0xa9fea9fe", "169.254.169.254", "private"],
    ["172.16.0.1", "172.16.0.1", "private"],
    ["172.31.255.255", "172.31.255.255", "private"],
    ["192.0.0.8", "192.0.0.8", "private"],
    ["192.0.2.1", "192.0.2.1", "private"],
    ["192.88.99.1", "192.88.99.1", "private"],
    ["192.168.1.1", "192.168.1.1", "private"],
    ["0300.0250.1.1", "192.168.1.1", "private"],
    ["198.18.0.1", "198.18.0.1", "private"],
    ["198.19.255.255", "198.19.255.255", "private"],
    ["198.51.100.1", "198.51.100.1", "private"],
    ["203.0.113.1", "203.0.113.1", "private"],
    ["224.0.0.1", "224.0.0.1", "private"],
    ["239.255.255.250", "239.255.255.250", "private"],
    ["240.0.0.1", "240.0.0.1", "private"],
    ["255.255.255.255", "255.255.255.255", "private"],
    ["[::]", "[::]", "private"],
    ["[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "private"],
    ["[::ffff:7f00:1]", "[::ffff:7f00:1]", "private"],
    ["[0:0:0:0:0:ffff:127.0.0.1]", "[::ffff:7f00:1]", "private"],
    ["[::ffff:8.8.8.8]", "[::ffff:808:808]", "private"],
    ["[::ffff:0:127.0.0.1]", "[::ffff:0:7f00:1]", "private"],
    ["[::127.0.0.1]", "[::7f00:1]", "private"],
    ["[64:ff9b::127.0.0.1]", "[64:ff9b::7f00:1]", "private"],
    ["[64:ff9b:1::a00:1]", "[64:ff9b:1::a00:1]", "private"],
    ["[100::1]", "[100::1]", "private"],
    ["[2001::1]", "[2001::1]", "private"],
    ["[2001:db8::1]", "[2001:db8::1]", "private"],
    ["[2002:7f00:1::1]", "[2002:7f00:1::1]", "private"],
    ["[3fff::1]", "[3fff::1]", "private"],
    ["[fc00::1]", "[fc00::1]", "private"],
    ["[fd00::1]", "[fd00::1]", "private"],
    ["[FD12:3456::1]", "[fd12:3456::1]", "private"],
    ["[fe80::1]", "[fe80::1]", "private"],
    ["[febf::1]", "[febf::1]", "private"],
    ["[fec0::1]", "[fec0::1]", "private"],
    ["[ff02::1]", "[ff02::1]", "private"],
    ["printer.local", "printer.local", "private"],
    ["printer.local.", "printer.local.", "private"],
    ["metadata.google.internal", "metadata.google.internal", "private"],
    ["router.home.arpa", "router.home.arpa", "private"],
    ["intranet", "intranet", "private"],
    ["intranet.", "intranet.", "private"],
    ["shop.example", "shop.example", "public"],
    ["shop.example.", "shop.example.", "public"],
    ["localhost.example", "localhost.example", "public"],
    ["local.example", "local.example", "public"],
    ["8.8.8.8", "8.8.8.8", "public"],
    ["134744072", "8.8.8.8", "public"],
    ["100.63.255.255", "100.63.255.255", "public"],
    ["100.128.0.0", "100.128.0.0", "public"],
    ["172.15.255.255", "172.15.255.255", "public"],
    ["172.32.0.0", "172.32.0.0", "public"],
    ["198.20.0.0", "198.20.0.0", "public"],
    ["223.255.255.255", "223.255.255.255", "public"],
    ["[2606:4700::1111]", "[2606:4700::1111]", "public"],
    ["[2001:4860::8888]", "[2001:4860::8888]", "public"],
    ["[3fff:1000::1]", "[3fff:1000::1]", "public"],
  ];
  it.each(cases)("%s is %s: %s", (spelling, hostname, reach) => {
    const parsed = new URL(`https://${spelling}/x`).hostname;
    expect(parsed).toBe(hostname);
    expect(hostReach(parsed)).toBe(reach);
  });

  it.each(["[fe80::1%eth0]", "[fe80::1%25eth0]", "1.2.3.4.5", "256.1", "a.0x10"])("%s is no URL at all", (spelling) => {
    expect(() => new URL(`https://${spelling}/x`)).toThrow();
  });

  it.each(["[not-an-address]", "[1:2:3]", "[::1::2]", "[1:2:3:4:5:6:7:8:9]"])(
    "a bracketed host that is no address, %s, is private",
    (hostname) => {
      expect(hostReach(hostname)).toBe("private");
    },
  );
});
