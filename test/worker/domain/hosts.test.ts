import { describe, expect, it } from "vitest";
import { isLoopbackHost, isOnDomain } from "../../../src/domain/hosts";

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
