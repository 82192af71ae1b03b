/** Which return and callback URLs a merchant may give. */
import { describe, expect, it } from "vitest";
import type { Merchant } from "../../../src/config/merchants";
import { urlProblem } from "../../../src/domain/url-policy";
import { merchant } from "./fixtures";

const base = merchant();
const local = merchant({ allow_http_localhost: true });
const restricted = merchant({ allowed_hosts: ["shop.example"] });
const live = merchant({ mode: "live", default_provider: "vipps", allowed_hosts: ["shop.example"] });
/** Not a configuration the gateway accepts (`config/merchants.ts`), but the policy holds without that check too. */
const liveLocal = merchant({ mode: "live", default_provider: "vipps", allow_http_localhost: true });

/** Every spelling of an address that is not on the public internet: what the issue found accepted, and more. */
const PRIVATE_SPELLINGS = [
  "0.0.0.0",
  "0",
  "10.0.0.1",
  "167772161",
  "100.64.0.1",
  "169.254.169.254",
  "0xa9fea9fe",
  "172.16.0.1",
  "192.168.1.1",
  "0300.0250.1.1",
  "192.0.2.1",
  "198.18.0.1",
  "224.0.0.1",
  "255.255.255.255",
  "[::]",
  "[::ffff:127.0.0.1]",
  "[::ffff:7f00:1]",
  "[::ffff:10.0.0.1]",
  "[::127.0.0.1]",
  "[64:ff9b::127.0.0.1]",
  "[fd00::1]",
  "[fe80::1]",
  "[ff02::1]",
  "[2001:db8::1]",
  "printer.local",
  "metadata.google.internal",
  "router.home.arpa",
  "intranet",
];
/** Every spelling of this machine other than the three a local merchant may use. */
const LOOPBACK_SPELLINGS = [
  "127.0.0.2",
  "2130706433",
  "0x7f000001",
  "0x7f.1",
  "0177.0.0.1",
  "127.1",
  "127.0.0.1.",
  "localhost.",
  "foo.localhost",
  "LOCALHOST",
];

describe("urlProblem", () => {
  const cases: [string, Merchant, string | null][] = [
    ["https://shop.example/return", base, null],
    ["http://shop.example/return", base, "must use https"],
    ["javascript:alert(1)", base, "must use https"],
    ["ftp://shop.example/", base, "must use https"],
    ["https://user:pw@shop.example/", base, "must not contain credentials"],
    ["https://shop.example@evil.example/", base, "must not contain credentials"],
    ["/relative", base, "must be an absolute URL"],
    ["http://localhost:3000/return", local, null],
    ["http://127.0.0.1:3000/return", local, null],
    ["http://[::1]:3000/return", local, null],
    ["http://localhost:3000/return", base, "must not point to localhost"],
    ["https://localhost/return", base, "must not point to localhost"],
    ["https://shop.example/return", restricted, null],
    ["https://pay.shop.example/return", restricted, null],
    ["https://SHOP.EXAMPLE/return", restricted, null],
    ["https://evilshop.example/return", restricted, "host is not allowed for this merchant"],
    ["https://shop.example.evil.example/return", restricted, "host is not allowed for this merchant"],
    ["https://shop.example/return", live, null],
    ["https://evil.example/return", live, "host is not allowed for this merchant"],
    ["https://10.0.0.1/return", merchant({ allowed_hosts: ["10.0.0.1"] }), "must not point to a private address"],
    ["https://127.0.0.1/return", merchant({ allowed_hosts: ["127.0.0.1"] }), "must not point to localhost"],
    ["http://localhost:3000/return", liveLocal, "must not point to localhost"],
    ["http://127.0.0.1:3000/return", liveLocal, "must not point to localhost"],
    ...PRIVATE_SPELLINGS.map((host): [string, Merchant, string] => [`https://${host}/hook`, base, "must not point to a private address"]),
    ...PRIVATE_SPELLINGS.map((host): [string, Merchant, string] => [`https://${host}/hook`, local, "must not point to a private address"]),
    ...PRIVATE_SPELLINGS.map((host): [string, Merchant, string] => [`http://${host}/hook`, local, "must use https"]),
    ...LOOPBACK_SPELLINGS.map((host): [string, Merchant, string] => [`https://${host}/hook`, base, "must not point to localhost"]),
    ...LOOPBACK_SPELLINGS.filter((host) => new URL(`http://${host}/`).hostname !== "127.0.0.1" && host !== "LOCALHOST").map(
      (host): [string, Merchant, string] => [`http://${host}/hook`, local, "must not point to localhost"],
    ),
    ["http://127.1:3000/return", local, null],
    ["http://LOCALHOST:3000/return", local, null],
    ["https://[fe80::1%25eth0]/hook", base, "must be an absolute URL"],
  ];
  it.each(cases)("%s", (url, who, problem) => {
    expect(urlProblem(url, who)).toBe(problem);
  });
});
