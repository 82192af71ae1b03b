/** Provider callbacks: only genuine ones count, and they are only triggers to read the provider. */
import { describe, expect, it } from "vitest";
import { SANDBOX_ACCOUNT } from "../../../src/providers/sandbox";
import { signCallback } from "../../../src/signatures/dintero";
import { api, call, createSession, go, location, ORIGIN } from "../helpers";

const SECRET = "sandbox-local-callback-secret";

async function callback(query: string, secret = SECRET, at = Math.floor(Date.now() / 1000)) {
  const url = new URL(`/v1/providers/sandbox/callback/mer_local?${query}`, ORIGIN);
  const signature = await signCallback(secret, SANDBOX_ACCOUNT, "GET", url, at);
  return call(url.pathname + url.search, { headers: { "dintero-signature": signature } });
}

async function startedSession() {
  const session = await createSession();
  return { session, providerUrl: location(await go(session.code)) };
}

describe("provider callbacks", () => {
  it("refuses a callback without a signature", async () => {
    const { session } = await startedSession();
    const response = await call(`/v1/providers/sandbox/callback/mer_local?merchant_reference=${session.sessionKey}-1&transaction_id=x`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ errors: [{ field: "signature" }] });
  });

  it.each([
    ["the wrong secret", "not-the-secret", 0],
    ["a timestamp 10 minutes old", SECRET, -600],
  ])("refuses one signed with %s", async (_, secret, offset) => {
    const { session } = await startedSession();
    const response = await callback(`merchant_reference=${session.sessionKey}-1`, secret, Math.floor(Date.now() / 1000) + offset);
    expect(response.status).toBe(401);
    expect(await (await call(`/p/${session.code}/status`)).json()).toMatchObject({ status: "open" });
  });

  it("refuses a genuine signature on changed parameters", async () => {
    const { session } = await startedSession();
    const url = new URL(`/v1/providers/sandbox/callback/mer_local?merchant_reference=${session.sessionKey}-1`, ORIGIN);
    const signature = await signCallback(SECRET, SANDBOX_ACCOUNT, "GET", url, Math.floor(Date.now() / 1000));
    const response = await call(`${url.pathname}?merchant_reference=${session.sessionKey}-2`, {
      headers: { "dintero-signature": signature },
    });
    expect(response.status).toBe(401);
  });

  it("does not pay on a genuine callback while the provider says the payment is pending", async () => {
    const { session } = await startedSession();
    const response = await callback(`merchant_reference=${session.sessionKey}-1&transaction_id=sbx_claimed`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ received: true, status: "open" });
    expect(await (await call(`/p/${session.code}/status`)).json()).toMatchObject({ status: "open" });
  });

  it("acknowledges, without retry, a genuine notice about a payment that is not ours", async () => {
    for (const query of ["merchant_reference=nothing-1", "merchant_reference=7Hq2xZk9PwR4mB-1"]) {
      const response = await callback(query);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ received: true, ignored: "not a payment of this gateway" });
    }
  });

  it("is idempotent: replays of a genuine callback change nothing more", async () => {
    const { session, providerUrl } = await startedSession();
    await call(new URL(providerUrl).pathname, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "decision=approve",
    });
    for (let i = 0; i < 3; i++) {
      const response = await callback(`merchant_reference=${session.sessionKey}-1`);
      expect(await response.json()).toMatchObject({ status: "paid" });
    }
    const detail = (await (await api(`/v1/sessions/${session.id}`)).json()) as { events: { type: string }[] };
    expect(detail.events.filter((event) => event.type === "session.paid")).toHaveLength(1);
  });
});
