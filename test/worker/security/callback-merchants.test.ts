/**
 * Provider callback paths do not tell which merchant ids exist: an unknown merchant, a merchant the
 * provider does not serve, and a known merchant with a missing or wrong signature all get the same
 * 401 and the same body.
 */
import { describe, expect, it } from "vitest";
import { SANDBOX_ACCOUNT } from "../../../src/providers/sandbox";
import { signCallback } from "../../../src/signatures/dintero";
import { call, ORIGIN } from "../helpers";

const now = () => Math.floor(Date.now() / 1000);

async function answer(path: string, init: RequestInit = {}) {
  const response = await call(path, init);
  return { status: response.status, type: response.headers.get("content-type"), body: await response.text() };
}

describe("Provider callbacks and merchant ids", () => {
  it.each(["sandbox", "dintero"])("%s: unknown merchant and known merchant with a bad or no signature answer alike", async (provider) => {
    const query = "?merchant_reference=7Hq2xZk9PwR4mB-1&transaction_id=T1";
    const wrong = async (merchant: string) => {
      const path = `/v1/providers/${provider}/callback/${merchant}${query}`;
      return signCallback("not-the-secret", SANDBOX_ACCOUNT, "GET", new URL(path, ORIGIN), now());
    };
    const answers = [
      await answer(`/v1/providers/${provider}/callback/mer_nope${query}`),
      await answer(`/v1/providers/${provider}/callback/mer_nope${query}`, { headers: { "dintero-signature": await wrong("mer_nope") } }),
      await answer(`/v1/providers/${provider}/callback/mer_other${query}`, { headers: { "dintero-signature": await wrong("mer_other") } }),
    ];
    if (provider === "sandbox") {
      answers.push(await answer(`/v1/providers/sandbox/callback/mer_local${query}`));
      answers.push(await answer(`/v1/providers/sandbox/callback/mer_live${query}`));
    }
    expect(answers[0]?.status).toBe(401);
    for (const other of answers) expect(other).toEqual(answers[0]);
  });

  it("vipps: unknown merchant and known merchant with a bad or no signature answer alike", async () => {
    const body = JSON.stringify({ msn: "123456", reference: "7Hq2xZk9PwR4mB-1", name: "AUTHORIZED", success: true });
    const headers = {
      "content-type": "application/json",
      "x-ms-date": new Date().toUTCString(),
      "x-ms-content-sha256": "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
      authorization: `HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${"A".repeat(43)}=`,
    };
    const answers = [];
    for (const merchant of ["mer_nope", "mer_local", "mer_live"]) {
      const path = `/v1/providers/vipps/callback/${merchant}`;
      answers.push(await answer(path, { method: "POST", body }));
      answers.push(await answer(path, { method: "POST", body, headers }));
    }
    expect(answers[0]?.status).toBe(401);
    for (const other of answers) expect(other).toEqual(answers[0]);
  });
});
