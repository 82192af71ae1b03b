/**
 * Vipps MobilePay's webhook signature, checked against the worked example of Vipps' own
 * documentation (Webhooks API, "Request authentication":
 * https://developer.vippsmobilepay.com/docs/APIs/webhooks-api/request-authentication/), then
 * against notices changed one part at a time, signed here independently with WebCrypto.
 */
import { describe, expect, it } from "vitest";
import {
  contentHash,
  stringToSign,
  VIPPS_WEBHOOK_MAX_AGE_MS,
  VIPPS_WEBHOOK_MAX_AHEAD_MS,
  type VippsNotice,
  verifyVippsNotice,
} from "../../../src/signatures/vipps";
import { signedFor } from "./vipps-support";

/** The documentation's sample: its secret, webhook URL, date, body, and the headers Vipps sent. */
const SAMPLE = {
  secret: "A0+AeKBRG2KRGvnNwJpQlb6IJFk48CKXCIcrLoHncVJKDILsQSxS6NWCccwWm6r6FhGKhiHTBsG2wo/xU6FY/A==",
  url: "https://webhook.site/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63",
  date: "Thu, 30 Mar 2023 08:38:32 GMT",
  body: '{"some-unique-content":"ee6e441b-cc4a-46f8-895d-a5af79bcc233/hello-world"}',
  contentSha256: "lNlsp1XA03N34HrQsVzPgJKtC+r7l/RBF4V3JQUWMj4=",
  authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=agAiSyogQbDHpeucoNwYz+yAr5nJ+v+zasdkSbqzv+U=",
};
const SAMPLE_TIME = Date.parse(SAMPLE.date);

function sampleNotice(changes: Partial<VippsNotice> = {}): VippsNotice {
  return {
    method: "POST",
    pathAndQuery: "/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63",
    host: "webhook.site",
    date: SAMPLE.date,
    contentSha256: SAMPLE.contentSha256,
    authorization: SAMPLE.authorization,
    body: SAMPLE.body,
    ...changes,
  };
}

const encoder = new TextEncoder();

describe("the documentation's sample", () => {
  it("hashes the body to its x-ms-content-sha256", async () => {
    expect(await contentHash(SAMPLE.body)).toBe(SAMPLE.contentSha256);
    expect(await contentHash(encoder.encode(SAMPLE.body))).toBe(SAMPLE.contentSha256);
  });

  it("builds its string to sign", () => {
    expect(stringToSign("/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63", SAMPLE.date, "webhook.site", SAMPLE.contentSha256)).toBe(
      "POST\n/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63\nThu, 30 Mar 2023 08:38:32 GMT;webhook.site;lNlsp1XA03N34HrQsVzPgJKtC+r7l/RBF4V3JQUWMj4=",
    );
  });

  it("verifies, at the time it was sent", async () => {
    expect(await verifyVippsNotice(SAMPLE.secret, sampleNotice(), SAMPLE_TIME)).toEqual({ ok: true });
  });

  it("is what the independent signer here makes of it too", async () => {
    expect(await signedFor(SAMPLE.secret, SAMPLE.url, SAMPLE.date, SAMPLE.body)).toEqual({
      contentSha256: SAMPLE.contentSha256,
      authorization: SAMPLE.authorization,
    });
  });
});

describe("a changed notice is refused", () => {
  it.each([
    ["another secret", "not-the-secret", {}, "signature"],
    ["another body under the same hash", SAMPLE.secret, { body: SAMPLE.body.replace("hello", "HELLO") }, "content-hash"],
    ["another host", SAMPLE.secret, { host: "pay.example" }, "signature"],
    ["another path", SAMPLE.secret, { pathAndQuery: "/e2cee29b-012e-4f1d-8ef4-e95fd74a7a64" }, "signature"],
    ["an added query", SAMPLE.secret, { pathAndQuery: "/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63?x=1" }, "signature"],
    ["another date", SAMPLE.secret, { date: "Thu, 30 Mar 2023 08:38:33 GMT" }, "signature"],
    ["a GET", SAMPLE.secret, { method: "GET" }, "method"],
    ["no date", SAMPLE.secret, { date: null }, "missing-header"],
    ["no content hash", SAMPLE.secret, { contentSha256: null }, "missing-header"],
    ["no authorization", SAMPLE.secret, { authorization: null }, "missing-header"],
    ["a date that is no date", SAMPLE.secret, { date: "yesterday" }, "date"],
    [
      "other signed headers",
      SAMPLE.secret,
      { authorization: SAMPLE.authorization.replace("x-ms-date;host;x-ms-content-sha256", "x-ms-date;x-ms-content-sha256") },
      "signed-headers",
    ],
    ["another scheme", SAMPLE.secret, { authorization: SAMPLE.authorization.replace("HMAC-SHA256", "HMAC-SHA1") }, "signed-headers"],
    ["a signature that is not base64 of 32 bytes", SAMPLE.secret, { authorization: `${SAMPLE.authorization}AA` }, "signed-headers"],
  ] as const)("%s", async (_, secret, changes, reason) => {
    expect(await verifyVippsNotice(secret, sampleNotice(changes), SAMPLE_TIME)).toEqual({ ok: false, reason });
  });

  it("refuses a body changed along with its hash header (the signature covers the hash)", async () => {
    const body = SAMPLE.body.replace("hello", "HELLO");
    const notice = sampleNotice({ body, contentSha256: await contentHash(body) });
    expect(await verifyVippsNotice(SAMPLE.secret, notice, SAMPLE_TIME)).toEqual({ ok: false, reason: "signature" });
  });
});

describe("freshness of x-ms-date", () => {
  const url = "https://pay.example/v1/providers/vipps/callback/mer_local";
  const body = '{"msn":"123456","reference":"7Hq2xZk9PwR4mB-1"}';
  const now = Date.parse("2026-06-01T12:00:00Z");

  async function noticeAt(offsetMs: number): Promise<VippsNotice> {
    const date = new Date(now + offsetMs).toUTCString();
    const headers = await signedFor("whsec", url, date, body);
    return { method: "POST", pathAndQuery: "/v1/providers/vipps/callback/mer_local", host: "pay.example", date, body, ...headers };
  }

  it.each([
    ["sent now", 0],
    ["a retry 7 days after the event (Vipps' retry span), same date", -7 * 24 * 3600_000],
    ["just inside the oldest accepted", -VIPPS_WEBHOOK_MAX_AGE_MS + 1000],
    ["a little ahead of our clock", VIPPS_WEBHOOK_MAX_AHEAD_MS - 1000],
  ])("accepts a genuine notice %s", async (_, offset) => {
    expect(await verifyVippsNotice("whsec", await noticeAt(offset), now)).toEqual({ ok: true });
  });

  it.each([
    ["older than the window", -VIPPS_WEBHOOK_MAX_AGE_MS - 1000],
    ["too far ahead of our clock", VIPPS_WEBHOOK_MAX_AHEAD_MS + 1000],
  ])("refuses a genuine notice %s", async (_, offset) => {
    expect(await verifyVippsNotice("whsec", await noticeAt(offset), now)).toEqual({ ok: false, reason: "date" });
  });
});
