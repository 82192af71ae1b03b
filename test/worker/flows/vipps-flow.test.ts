/**
 * The whole flow with Vipps MobilePay, through the gateway, against the fake Vipps (its default
 * world, which VIPPS_BASE_URL points at): the tap, Vipps' landing page or deeplink, the customer's
 * decision, Vipps' signed webhook (taken from the fake's outbox and delivered here), the return,
 * the merchant's webhook; attempts, provider trouble, and webhooks that must not count.
 */
import { runInDurableObject } from "cloudflare:test";
import { describe, expect, inject, it } from "vitest";
import { FAKE_VIPPS } from "../../node/fakes/credentials";
import { type SignedWebhook, vippsControl } from "../../node/fakes/vipps-control";
import {
  api,
  call,
  createSession,
  go,
  location,
  ORIGIN,
  payStatus,
  receiver,
  runAlarm,
  sessionDetail,
  sessionStub,
  uniquePath,
  webhooksAt,
} from "../helpers";

const fake = vippsControl(`http://127.0.0.1:${inject("fakeVippsPort")}`);
const CALLBACK = `${ORIGIN}/v1/providers/vipps/callback/mer_local`;
/** Long enough for three tries that each wait out PROVIDER_TIMEOUT_MS (800 ms) and the waits between. */
const SLOW_TEST_MS = 15_000;

const statusOf = async (code: string) => (await payStatus(code)).status;

function vippsSession(overrides: Record<string, unknown> = {}) {
  return createSession({ provider: "vipps", customer: { phone_number: "+4799999999" }, ...overrides });
}

/** The fake's webhook `name` about `reference`, signed for the gateway's callback URL. */
async function webhookFor(reference: string, name: SignedWebhook["name"], date?: string): Promise<SignedWebhook> {
  const found = (await fake.outbox(reference, CALLBACK, date)).find((entry) => entry.name === name);
  if (!found) throw new Error(`no ${name} webhook for ${reference}`);
  return found;
}

function deliver(webhook: SignedWebhook, changes: { headers?: Record<string, string>; body?: string } = {}): Promise<Response> {
  return call(webhook.path, { method: webhook.method, headers: changes.headers ?? webhook.headers, body: changes.body ?? webhook.body });
}

const encoder = new TextEncoder();
const base64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

/** A webhook with `body` signed here with the real secret, as Vipps would sign it. */
async function signedHere(body: string): Promise<Record<string, string>> {
  const date = new Date().toUTCString();
  const hash = base64(await crypto.subtle.digest("SHA-256", encoder.encode(body)));
  const secret = encoder.encode(FAKE_VIPPS.webhookSecret);
  const key = await crypto.subtle.importKey("raw", secret, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const target = new URL(CALLBACK);
  const mac = base64(await crypto.subtle.sign("HMAC", key, encoder.encode(`POST\n${target.pathname}\n${date};${target.host};${hash}`)));
  return {
    "content-type": "application/json",
    "x-ms-date": date,
    "x-ms-content-sha256": hash,
    authorization: `HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${mac}`,
  };
}

describe("a customer pays with Vipps", () => {
  it("hosted: the landing page, approval, Vipps' webhook, the merchant's webhook, the return", async () => {
    const hook = uniquePath("hooks");
    const session = await vippsSession({ url: { return_url: receiver("/return/vipps"), callback_url: receiver(hook) } });
    const reference = `${session.sessionKey}-1`;

    const tapped = await go(session.code, "hosted");
    expect(tapped.status).toBe(303);
    const landing = location(tapped);
    expect(landing).toMatch(new RegExp(`^${fake.base}/landing/[\\w-]+$`));
    const page = await fetch(landing);
    expect(await page.text()).toMatch(/FAKE VIPPS[\s\S]*Two tickets: <strong>299.90 NOK<\/strong>/);

    expect(await fake.decide(reference, "approve")).toBe(200);
    const notice = await deliver(await webhookFor(reference, "AUTHORIZED"));
    expect(notice.status).toBe(200);
    expect(await notice.json()).toEqual({ received: true, status: "paid" });

    const { pspReference } = await fake.payment(reference);
    // Automatic capture: the gateway captures at Vipps as soon as it has read the authorization.
    const webhooks = (await webhooksAt(session.id, hook, 3)).map((webhook) => JSON.parse(webhook.body) as { type: string });
    expect(webhooks.map((webhook) => webhook.type)).toEqual(["session.authorized", "session.captured", "session.paid"]);
    expect(webhooks.at(-1)).toMatchObject({
      data: { id: session.id, status: "paid", provider: "vipps", transaction_id: pspReference, captured_amount: 29990 },
    });
    expect((await fake.payment(reference)).aggregate.capturedAmount.value).toBe(29990);

    const back = await call(`/r/${reference}`);
    expect(back.status).toBe(303);
    const merchant = new URL(location(back));
    expect(merchant.origin + merchant.pathname).toBe(receiver("/return/vipps"));
    expect(Object.fromEntries(merchant.searchParams)).toEqual({
      merchant_reference: "ORDER123",
      session_id: session.id,
      transaction_id: pspReference,
    });

    const detail = await sessionDetail(session.id);
    expect(detail.attempts.map((attempt) => attempt.status)).toEqual(["authorized"]);
    expect(detail.events.map((event) => event.type)).toEqual([
      "session.created",
      "attempt.started",
      ...["session.authorized", "session.captured", "session.paid"],
    ]);
  });

  it("Vipps gets the phone number as typed in its own form: digits with the country code", async () => {
    const session = await vippsSession({ customer: { phone_number: "+47 999 99 999" } });
    expect((await go(session.code)).status).toBe(303);
    const [create] = await fake.requests({ path: "/epayment/v1/payments", match: session.sessionKey });
    expect(JSON.parse(create?.body ?? "{}")).toMatchObject({ customer: { phoneNumber: "4799999999" } });
    // Vipps is given the session's key as its reference and in its return URL, never the pay code.
    expect(create?.body).toContain(`"reference":"${session.sessionKey}-1"`);
    expect(create?.body).not.toContain(session.code);
  });

  it("hosted, as a browser does it: the landing page's form sends it back to the gateway's return URL", async () => {
    const session = await vippsSession({ url: { return_url: receiver("/return/form") } });
    const landing = location(await go(session.code, "hosted"));
    const decided = await fetch(landing, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "decision=approve",
      redirect: "manual",
    });
    expect(decided.status).toBe(303);
    expect(decided.headers.get("location")).toBe(`${ORIGIN}/r/${session.sessionKey}-1`);
    const back = await call(`/r/${session.sessionKey}-1`);
    expect(new URL(location(back)).searchParams.get("transaction_id")).toBe((await fake.payment(`${session.sessionKey}-1`)).pspReference);
    expect(await statusOf(session.code)).toBe("paid");
  });

  it("app: the vippsMT:// deeplink; the return may come before the webhook, the payment counts once", async () => {
    const session = await vippsSession({ url: { return_url: receiver("/return/app") } });
    const reference = `${session.sessionKey}-1`;
    const tapped = await go(session.code, "app");
    expect(tapped.status).toBe(303);
    expect(tapped.headers.get("location")).toMatch(/^vippsMT:\/\/\?token=[\w-]+$/);

    await fake.decide(reference, "approve");
    const back = await call(`/r/${reference}`);
    expect(new URL(location(back)).searchParams.get("transaction_id")).toBe((await fake.payment(reference)).pspReference);
    expect(await (await deliver(await webhookFor(reference, "AUTHORIZED"))).json()).toEqual({ received: true, status: "paid" });

    const detail = await sessionDetail(session.id);
    expect(detail.attempts).toMatchObject([{ handoff: "app", status: "authorized" }]);
    expect(detail.events.filter((event) => event.type === "session.paid")).toHaveLength(1);
  });
});

describe("a customer does not pay", () => {
  it("declines (Vipps: ABORTED): the merchant hears payment_failed and error=cancelled; the link still works", async () => {
    const hook = uniquePath("hooks");
    const session = await vippsSession({ url: { return_url: receiver("/return/no"), callback_url: receiver(hook) } });
    const reference = `${session.sessionKey}-1`;
    await go(session.code);
    await fake.decide(reference, "decline");
    expect(await (await deliver(await webhookFor(reference, "ABORTED"))).json()).toEqual({ received: true, status: "open" });

    const [merchantHook] = await webhooksAt(session.id, hook);
    expect(JSON.parse(merchantHook?.body ?? "{}")).toMatchObject({ type: "session.payment_failed", data: { status: "open" } });
    const merchant = new URL(location(await call(`/r/${reference}`)));
    expect(merchant.searchParams.get("error")).toBe("cancelled");
    expect(merchant.searchParams.has("transaction_id")).toBe(false);

    const again = location(await go(session.code));
    await fake.decide(`${session.sessionKey}-2`, "approve");
    expect(again).not.toBe((await fake.payment(reference)).redirectUrl);
    await call(`/r/${session.sessionKey}-2`);
    expect(await statusOf(session.code)).toBe("paid");
  });

  it("walks away (Vipps: EXPIRED): the return says error=failed", async () => {
    const session = await vippsSession({ url: { return_url: receiver("/return/gone") } });
    await go(session.code);
    await fake.decide(`${session.sessionKey}-1`, "abandon");
    const merchant = new URL(location(await call(`/r/${session.sessionKey}-1`)));
    expect(merchant.searchParams.get("error")).toBe("failed");
    expect((await sessionDetail(session.id)).attempts.map((attempt) => attempt.status)).toEqual(["expired"]);
  });
});

describe("attempts", () => {
  it("reuses the payment while its landing page lives", async () => {
    const session = await vippsSession();
    const first = location(await go(session.code));
    expect(location(await go(session.code))).toBe(first);
    expect(await fake.stats(session.sessionKey)).toMatchObject({ createRequests: 1, paymentsCreated: 1 });
  });

  it("makes a new payment, -2, once 5 minutes have passed, and leaves -1 for the person who may be approving it", async () => {
    const session = await vippsSession();
    const first = location(await go(session.code));
    expect((await fetch(first)).status).toBe(200); // the person opened it, in time
    await fake.advanceClock(301);
    await runInDurableObject(sessionStub(session.id), (_, state) => {
      state.storage.sql.exec("UPDATE attempts SET url_expires_at = ?", Date.now() - 1);
    });
    const second = location(await go(session.code));
    expect(second).not.toBe(first);
    expect((await fake.payment(`${session.sessionKey}-1`)).state).toBe("CREATED");
    expect(await fake.payment(`${session.sessionKey}-2`)).toMatchObject({ state: "CREATED", redirectUrl: second });
    expect((await sessionDetail(session.id)).attempts.map((attempt) => attempt.status)).toEqual(["pending", "pending"]);

    // Eight minutes in, the person approves -1 in the app after all: found by the session's own read.
    await fake.advanceClock(180);
    expect(await fake.decide(`${session.sessionKey}-1`, "approve")).toBe(200);
    await runInDurableObject(sessionStub(session.id), (_, state) => {
      state.storage.sql.exec("UPDATE attempts SET checked_at = 0, created_at = created_at - 60000");
    });
    await runAlarm(session.id);
    const detail = await sessionDetail(session.id);
    expect(detail.status).toBe("paid");
    expect(detail.attempts.map((attempt) => attempt.status)).toEqual(["authorized", "cancelled"]);
    expect((await fake.payment(`${session.sessionKey}-2`)).state).toBe("TERMINATED");
  });

  it("never ends the hosted payment when the customer switches to the app: it may be approved in Vipps right now", async () => {
    const session = await vippsSession();
    await go(session.code, "hosted");
    expect((await go(session.code, "app")).headers.get("location")).toMatch(/^vippsMT:\/\/\?token=/);
    expect(await fake.payment(`${session.sessionKey}-1`)).toMatchObject({ state: "CREATED", events: ["CREATED"] });
    expect((await fake.payment(`${session.sessionKey}-2`)).state).toBe("CREATED");
    const detail = await sessionDetail(session.id);
    expect(detail.attempts.map((attempt) => [attempt.handoff, attempt.status])).toEqual([
      ["hosted", "pending"],
      ["app", "pending"],
    ]);
    expect(detail.events.filter((event) => event.type === "attempt.ended")).toEqual([]);

    // The first is approved after all: it pays the session, and only then is the other ended.
    await fake.decide(`${session.sessionKey}-1`, "approve");
    await call(`/r/${session.sessionKey}-1`);
    expect((await sessionDetail(session.id)).attempts.map((attempt) => attempt.status)).toEqual(["authorized", "cancelled"]);
    expect((await fake.payment(`${session.sessionKey}-2`)).state).toBe("TERMINATED");
  });

  it("two authorizations (a race): the session is paid once and the other is released at Vipps", async () => {
    const session = await vippsSession();
    await go(session.code, "hosted");
    // As if ending attempt 1 had never reached Vipps: the gateway thinks it ended, Vipps keeps it.
    await runInDurableObject(sessionStub(session.id), (_, state) => {
      state.storage.sql.exec("UPDATE attempts SET status = 'cancelled' WHERE n = 1");
    });
    await go(session.code, "app");
    await fake.decide(`${session.sessionKey}-1`, "approve");
    await fake.decide(`${session.sessionKey}-2`, "approve");

    expect(await (await deliver(await webhookFor(`${session.sessionKey}-2`, "AUTHORIZED"))).json()).toMatchObject({ status: "paid" });
    expect((await deliver(await webhookFor(`${session.sessionKey}-1`, "AUTHORIZED"))).status).toBe(200);
    const released = await fake.payment(`${session.sessionKey}-1`);
    expect(released.aggregate.cancelledAmount.value).toBe(released.amount.value);
    expect(released.events.at(-1)).toBe("CANCELLED");

    // Vipps' own webhook about the release, and the first one again, change nothing more.
    expect((await deliver(await webhookFor(`${session.sessionKey}-1`, "CANCELLED"))).status).toBe(200);
    expect((await deliver(await webhookFor(`${session.sessionKey}-1`, "AUTHORIZED"))).status).toBe(200);
    const detail = await sessionDetail(session.id);
    expect(detail.status).toBe("paid");
    expect(detail.transaction_id).toBe((await fake.payment(`${session.sessionKey}-2`)).pspReference);
    expect(detail.events.filter((event) => event.type === "session.paid")).toHaveLength(1);
    expect(detail.events.filter((event) => event.type === "attempt.voided")).toEqual([
      expect.objectContaining({ detail: { attempt: 1, reason: "session already paid", refunded: 0 } }),
    ]);
    expect(await fake.stats(`${session.sessionKey}-1`)).toMatchObject({ cancelRequests: 1 });
  });

  it("ends the payment at Vipps when the merchant cancels the session", async () => {
    const session = await vippsSession();
    await go(session.code);
    expect((await api(`/v1/sessions/${session.id}/cancel`, { method: "POST" })).status).toBe(200);
    expect((await fake.payment(`${session.sessionKey}-1`)).state).toBe("TERMINATED");
  });
});

describe("provider trouble", () => {
  it("a create that met 503 twice still makes one payment, with the same Idempotency-Key each time", async () => {
    const session = await vippsSession();
    await fake.fail({ path: "/epayment/v1/payments", method: "POST", match: session.sessionKey, status: 503, times: 2 });
    expect(location(await go(session.code))).toMatch(new RegExp(`^${fake.base}/landing/`));
    const creates = await fake.requests({ path: "/epayment/v1/payments", match: session.sessionKey });
    expect(creates.map((seen) => [seen.status, seen.headers["idempotency-key"]])).toEqual([
      [503, `${session.sessionKey}-1`],
      [503, `${session.sessionKey}-1`],
      [201, `${session.sessionKey}-1`],
    ]);
    expect(await fake.stats(session.sessionKey)).toMatchObject({ paymentsCreated: 1 });
  });

  it("a 429 with Retry-After is waited out and tried again", async () => {
    const session = await vippsSession();
    await fake.fail({ path: "/epayment/v1/payments", method: "POST", match: session.sessionKey, status: 429, retryAfter: 1 });
    expect((await go(session.code)).status).toBe(303);
    const creates = await fake.requests({ path: "/epayment/v1/payments", match: session.sessionKey });
    expect(creates.map((seen) => seen.status)).toEqual([429, 201]);
  });

  it(
    "Vipps not answering in time: after the bounded tries the person sees the try-again page, nothing is paid",
    async () => {
      const session = await vippsSession();
      await fake.fail({ path: "/epayment/v1/payments", method: "POST", match: session.sessionKey, hangMs: 3000, times: 3 });
      const tapped = await go(session.code);
      expect(tapped.status).toBe(502);
      const page = await tapped.text();
      expect(page).toContain("The payment service did not answer");
      expect(page).toContain(`href="/p/${session.code}"`);
      expect(await fake.stats(session.sessionKey)).toMatchObject({ createRequests: 3, paymentsCreated: 0 });
      expect(await statusOf(session.code)).toBe("open");
      expect(await sessionDetail(session.id)).toMatchObject({ status: "open", attempts: [{ n: 1, status: "failed" }] });
    },
    SLOW_TEST_MS,
  );

  it("a 400 from Vipps is not tried again: the try-again page", async () => {
    const session = await vippsSession();
    await fake.fail({ path: "/epayment/v1/payments", method: "POST", match: session.sessionKey, status: 400 });
    const tapped = await go(session.code);
    expect(tapped.status).toBe(502);
    expect(await fake.stats(session.sessionKey)).toMatchObject({ createRequests: 1, paymentsCreated: 0 });
  });
});

describe("Vipps' webhooks", () => {
  async function startedSession() {
    const session = await vippsSession();
    await go(session.code);
    return { session, reference: `${session.sessionKey}-1` };
  }

  async function unchanged(session: { id: string; code: string }) {
    expect(await statusOf(session.code)).toBe("open");
    expect((await sessionDetail(session.id)).events.map((event) => event.type)).toEqual(["session.created", "attempt.started"]);
  }

  it.each([
    [
      "a wrong signature",
      (hook: SignedWebhook) => ({
        headers: { ...hook.headers, authorization: hook.headers.authorization?.replace(/.{4}=$/, "AAAA=") ?? "" },
      }),
    ],
    ["a body that does not match its hash", (hook: SignedWebhook) => ({ body: hook.body.replace("CREATED", "AUTHORIZED") })],
    ["no signature", (_hook: SignedWebhook) => ({ headers: { "content-type": "application/json" } })],
  ])("refuses one with %s (401), and nothing changes", async (_, change) => {
    const { session, reference } = await startedSession();
    await fake.decide(reference, "approve");
    const hook = await webhookFor(reference, "CREATED");
    const response = await deliver(hook, change(hook));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ errors: [{ field: "signature" }] });
    await unchanged(session);
  });

  it("refuses a genuinely signed one for another sales unit (msn)", async () => {
    const { session, reference } = await startedSession();
    await fake.decide(reference, "approve");
    const hook = await webhookFor(reference, "AUTHORIZED");
    const body = hook.body.replace(`"msn":"${FAKE_VIPPS.msn}"`, '"msn":"999999"');
    const response = await deliver(hook, { body, headers: await signedHere(body) });
    expect(response.status).toBe(401);
    await unchanged(session);
  });

  it("accepts the same body signed here with the secret (the check above is the msn's)", async () => {
    const { session, reference } = await startedSession();
    await fake.decide(reference, "approve");
    const hook = await webhookFor(reference, "AUTHORIZED");
    expect((await deliver(hook, { headers: await signedHere(hook.body) })).status).toBe(200);
    expect(await statusOf(session.code)).toBe("paid");
  });

  it("takes a genuine webhook while Vipps still says CREATED as a trigger only: nothing changes", async () => {
    const { session, reference } = await startedSession();
    const response = await deliver(await webhookFor(reference, "CREATED"));
    expect(await response.json()).toEqual({ received: true, status: "open" });
    await unchanged(session);
    expect((await sessionDetail(session.id)).attempts.map((attempt) => attempt.status)).toEqual(["pending"]);
  });

  it("accepts Vipps' retry of a week-old notice with its first date, refuses one older than the window", async () => {
    const { session, reference } = await startedSession();
    await fake.decide(reference, "approve");
    const days = (n: number) => new Date(Date.now() - n * 24 * 3600_000).toUTCString();
    expect((await deliver(await webhookFor(reference, "AUTHORIZED", days(9)))).status).toBe(401);
    await unchanged(session);
    expect((await deliver(await webhookFor(reference, "AUTHORIZED", days(7)))).status).toBe(200);
    expect(await statusOf(session.code)).toBe("paid");
  });
});
