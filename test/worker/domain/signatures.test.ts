/** The webhook signature and Dintero's callback signature, against values computed by hand. */
import { describe, expect, it } from "vitest";
import { hmacSha256, safeEqual, toHex } from "../../../src/crypto/hmac";
import { signCallback, verifyCallback } from "../../../src/signatures/dintero";
import { signPayload, verifyPayload } from "../../../src/signatures/paylink";

describe("hmacSha256", () => {
  it("matches the published test vector", async () => {
    expect(toHex(await hmacSha256("key", "The quick brown fox jumps over the lazy dog"))).toBe(
      "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
    );
  });
});

describe("safeEqual", () => {
  it.each([
    ["abc", "abc", true],
    ["", "", true],
    ["æøå", "æøå", true],
    ["abc", "abd", false],
    ["abc", "xbc", false],
    ["abc", "ab", false],
    ["ab", "abc", false],
    ["abc", "ABC", false],
    ["å", "a\u030a", false],
  ])("%j and %j: %s", (a, b, equal) => {
    expect(safeEqual(a, b)).toBe(equal);
  });
});

describe("Paylink-Signature", () => {
  const body = '{"id":"evt_1","type":"session.paid"}';

  it("is t and one v1 per secret over `<t>.<body>`", async () => {
    const header = await signPayload(["whsec_a", "whsec_b"], body, 1_800_000_000);
    const [t, a, b] = header.split(",");
    expect(t).toBe("t=1800000000");
    expect(a).toBe(`v1=${toHex(await hmacSha256("whsec_a", `1800000000.${body}`))}`);
    expect(b).toBe(`v1=${toHex(await hmacSha256("whsec_b", `1800000000.${body}`))}`);
  });

  it("verifies with either secret during a rotation, within 5 minutes", async () => {
    const header = await signPayload(["whsec_a", "whsec_b"], body, 1_800_000_000);
    expect(await verifyPayload("whsec_a", header, body, 1_800_000_299)).toBe(true);
    expect(await verifyPayload("whsec_b", header, body, 1_799_999_701)).toBe(true);
  });

  it.each([
    ["another secret", "whsec_c", body, 1_800_000_000],
    ["a tampered body", "whsec_a", body.replace("paid", "cancelled"), 1_800_000_000],
    ["an old timestamp", "whsec_a", body, 1_800_000_301],
  ] as const)("refuses %s", async (_, secret, text, now) => {
    const header = await signPayload(["whsec_a"], body, 1_800_000_000);
    expect(await verifyPayload(secret, header, text, now)).toBe(false);
  });

  it.each(["", "t=abc,v1=00", "v1=00", "t=1800000000", "t=1800000000,v1="])("refuses the header %j", async (header) => {
    expect(await verifyPayload("whsec_a", header, body, 1_800_000_000)).toBe(false);
  });
});

describe("Dintero-Signature", () => {
  const url = new URL("https://pay.example/v1/providers/dintero/callback?transaction_id=T1&merchant_reference=a%20b&error=");

  it("signs t, account, method, host, path and the sorted query with + for spaces", async () => {
    const header = await signCallback("s3cret", "T12345678", "GET", url, 1_800_000_000);
    const expected = toHex(
      await hmacSha256(
        "s3cret",
        "1800000000\nT12345678\nGET\npay.example\n/v1/providers/dintero/callback\nerror=&merchant_reference=a+b&transaction_id=T1",
      ),
    );
    expect(header).toBe(`t=1800000000,v0-hmac-sha256=${expected}`);
  });

  it("verifies a genuine callback and refuses changed ones", async () => {
    const header = await signCallback("s3cret", "T12345678", "GET", url, 1_800_000_000);
    const request = new Request(url);
    expect(await verifyCallback("s3cret", "T12345678", request, header, 1_800_000_100)).toBe(true);
    expect(await verifyCallback("s3cret", "T12345678", request, header, 1_800_000_301)).toBe(false);
    expect(await verifyCallback("other", "T12345678", request, header, 1_800_000_000)).toBe(false);
    expect(await verifyCallback("s3cret", "P12345678", request, header, 1_800_000_000)).toBe(false);
    const tampered = new Request(url.toString().replace("T1", "T2"));
    expect(await verifyCallback("s3cret", "T12345678", tampered, header, 1_800_000_000)).toBe(false);
    expect(await verifyCallback("s3cret", "T12345678", new Request(url, { method: "POST" }), header, 1_800_000_000)).toBe(false);
  });
});
