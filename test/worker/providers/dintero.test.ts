/**
 * The Dintero client against the fake Dintero: what a session is created with, how its state is
 * read and ended, tokens, provider trouble, and callback signatures. Each test speaks as its own
 * API client of the fake account, so its token cache, fake clock and injected failures are its own.
 */
import { describe, expect, it } from "vitest";
import { dinteroProvider, sessionStatus, urlExpiry } from "../../../src/providers/dintero";
import { ProviderError } from "../../../src/providers/http";
import { NO_MONEY } from "../../../src/providers/provider";
import { signCallback } from "../../../src/signatures/dintero";
import { FAKE_DINTERO } from "../../node/fakes/credentials";
import type { OutboxEntry } from "../../node/fakes/dintero-control";
import { begin, fake, newAccount, TIMEOUT_MS } from "./dintero-setup";
import { attemptOrder } from "./fixtures";

const TOKEN_PATH = `/v1/accounts/${FAKE_DINTERO.accountId}/auth/token`;
/** How long Vipps' page or deeplink behind a session stays valid: 5 minutes, in ms. */
const FIVE_MINUTES_MS = 5 * 60_000;

function asRequest(entry: OutboxEntry, changes: { url?: string; headers?: Record<string, string> } = {}): Request {
  return new Request(changes.url ?? entry.url, {
    method: entry.method,
    headers: changes.headers ?? entry.headers,
    ...(entry.body ? { body: entry.body } : {}),
  });
}

async function callbackFor(sessionId: string, decision: "approve" | "decline" | "cancel"): Promise<OutboxEntry> {
  const result = await fake.decide(sessionId, decision);
  if (!result.ok || !result.callback) throw new Error(`no callback: ${JSON.stringify(result)}`);
  return result.callback;
}

describe("starting a payment", () => {
  it("creates a hosted session with Dintero's own Vipps only, and answers its page", async () => {
    const before = Date.now();
    const { sent, attempt } = await begin();
    const [session] = await fake.sessions(sent.reference);
    expect(attempt).toMatchObject({ providerRef: session?.id, url: `${fake.base}/hosted/${session?.id}` });
    expect(attempt.providerRef).toMatch(/^T11223344\./);
    expect(attempt.urlExpiresAt).toBeGreaterThanOrEqual(before + FIVE_MINUTES_MS);
    expect(attempt.urlExpiresAt).toBeLessThanOrEqual(Date.now() + FIVE_MINUTES_MS);
    expect(session?.request).toEqual({
      profile_id: "default",
      url: { return_url: sent.returnUrl, callback_url: `${sent.callbackUrl}?report_error=true` },
      order: {
        amount: 29990,
        currency: "NOK",
        merchant_reference: sent.reference,
        items: [{ line_id: "1", description: "Two tickets", quantity: 1, amount: 29990 }],
      },
      customer: { phone_number: "+4799999999" },
      configuration: { channel: "hosted", auto_capture: false, dintero_psp: { vipps: { enabled: true } } },
    });
  });

  it("asks for the in_app channel on the app handoff and answers Vipps' deeplink", async () => {
    const { sent, attempt } = await begin({ handoff: "app", phoneNumber: null });
    const [session] = await fake.sessions(sent.reference);
    expect(attempt.url).toMatch(/^vipps:\/\/\?token=/);
    expect(session?.request.configuration).toEqual({ channel: "in_app", auto_capture: false, dintero_psp: { vipps: { enabled: true } } });
    expect(session?.request.customer).toBeUndefined();
  });

  it("enables Swedbank Pay's MobilePay for MobilePay", async () => {
    const { sent, attempt } = await begin({ currency: "DKK", paymentMethod: "mobilepay" });
    const [session] = await fake.sessions(sent.reference);
    expect(session?.request.configuration).toEqual({ channel: "hosted", auto_capture: false, payex: { mobilepay: { enabled: true } } });
    expect(session?.product).toBe("payex.mobilepay");
    expect(attempt.url).toBe(`${fake.base}/hosted/${session?.id}`);
  });

  it("keeps the callback's own query and adds Dintero's options to it", async () => {
    const { sent } = await begin({ callbackUrl: "https://pay.test/v1/providers/dintero/callback/mer_local?method=POST" });
    const [session] = await fake.sessions(sent.reference);
    expect(session?.request.url.callback_url).toBe(
      "https://pay.test/v1/providers/dintero/callback/mer_local?method=POST&report_error=true",
    );
  });
});

describe("reading a payment", () => {
  it.each([
    ["approve", { status: "authorized", transaction: true, money: { authorized: 29990, captured: 0, refunded: 0 } }],
    ["decline", { status: "failed", transaction: false, money: NO_MONEY }],
    ["cancel", { status: "cancelled", transaction: false, money: NO_MONEY }],
  ] as const)("after the customer's %s", async (decision, expected) => {
    const { provider, attempt } = await begin();
    expect(await provider.read(attempt.providerRef)).toEqual({ status: "pending", transactionId: null, money: NO_MONEY });
    await fake.decide(attempt.providerRef, decision);
    const state = await provider.read(attempt.providerRef);
    const transaction = (await fake.session(attempt.providerRef))?.transaction_id;
    expect(state).toEqual({
      status: expected.status,
      transactionId: expected.transaction ? transaction : null,
      money: expected.money,
    });
  });

  it.each([
    ["an untouched session", "pending", {}],
    ["a cancelled session", "cancelled", { cancelled_at: "2026-01-01T00:00:00Z" }],
    ["one whose checkout failed", "failed", { events: [{ name: "INITIATED" }, { name: "FAILED" }] }],
    ["one the customer cancelled", "cancelled", { events: [{ name: "FAILED", details: { error: "cancelled" } }] }],
    ["one with a CANCELLED event", "cancelled", { events: [{ name: "CANCELLED" }] }],
    ["one that was declined", "failed", { events: [{ name: "DECLINED" }] }],
    ["one with a failed try only", "pending", { events: [{ name: "PAY_FAILED", details: { error: "Rejected" } }] }],
    ["one past its expiry", "expired", { expires_at: "2026-01-01T00:00:00Z" }],
    ["one still before its expiry", "pending", { expires_at: "2099-01-01T00:00:00Z" }],
  ])("a session without a transaction: %s is %s", (_, expected, fields) => {
    expect(sessionStatus({ id: "T11223344.x", events: [], ...fields }, Date.parse("2026-06-01T00:00:00Z"))).toBe(expected);
  });

  it.each([
    ["no session end", undefined, 1_000 + FIVE_MINUTES_MS],
    ["a session that ends later", "2099-01-01T00:00:00Z", 1_000 + FIVE_MINUTES_MS],
    ["a session that ends sooner", "1970-01-01T00:01:00Z", 60_000],
  ])("a URL's expiry with %s", (_, sessionEnd, expected) => {
    expect(urlExpiry(1_000, sessionEnd)).toBe(expected);
  });

  it("passes on Dintero's 404 for an unknown session", async () => {
    const { account, provider } = await begin();
    await expect(provider.read(`${account.account_id}.nosuchsession`)).rejects.toMatchObject({ status: 404 });
  });
});

describe("ending a payment", () => {
  it("cancels an untouched session, and cancelling again is harmless", async () => {
    const { provider, attempt } = await begin();
    await provider.cancel(attempt.providerRef);
    expect((await fake.session(attempt.providerRef))?.cancelled_at).toBeDefined();
    await provider.cancel(attempt.providerRef);
    expect(await provider.read(attempt.providerRef)).toEqual({ status: "cancelled", transactionId: null, money: NO_MONEY });
  });

  it("voids an authorization", async () => {
    const { provider, attempt } = await begin();
    await fake.decide(attempt.providerRef, "approve");
    await provider.cancel(attempt.providerRef);
    expect((await fake.session(attempt.providerRef))?.transaction?.status).toBe("AUTHORIZATION_VOIDED");
    expect((await provider.read(attempt.providerRef)).status).toBe("cancelled");
  });

  it.each(["decline", "cancel"] as const)("does not fail on a session the customer already ended (%s)", async (decision) => {
    const { provider, attempt } = await begin();
    await fake.decide(attempt.providerRef, decision);
    await expect(provider.cancel(attempt.providerRef)).resolves.toBeUndefined();
  });

  it("voids the transaction itself when Dintero refuses to cancel the session of an authorization", async () => {
    const { account, provider, attempt } = await begin();
    await fake.decide(attempt.providerRef, "approve");
    await fake.fail({ path: `/v1/sessions/${attempt.providerRef}/cancel`, match: account.client_id, status: 400 });
    await provider.cancel(attempt.providerRef);
    expect((await fake.session(attempt.providerRef))?.transaction?.status).toBe("AUTHORIZATION_VOIDED");
  });

  it("fails when Dintero refuses while the money is still held", async () => {
    const { account, provider, attempt } = await begin();
    await fake.decide(attempt.providerRef, "approve");
    const transaction = (await fake.session(attempt.providerRef))?.transaction_id;
    await fake.fail({ path: `/v1/sessions/${attempt.providerRef}/cancel`, match: account.client_id, status: 400 });
    await fake.fail({ path: `/v1/transactions/${transaction}/void`, match: account.client_id, status: 400 });
    await expect(provider.cancel(attempt.providerRef)).rejects.toMatchObject({ status: 400, body: { error: { message: "injected 400" } } });
    expect((await fake.session(attempt.providerRef))?.transaction?.status).toBe("AUTHORIZED");
  });
});

describe("access tokens", () => {
  it("gets one token for many calls", async () => {
    const { account, provider, attempt } = await begin();
    await provider.read(attempt.providerRef);
    await provider.read(attempt.providerRef);
    await provider.cancel(attempt.providerRef);
    const { counts } = await fake.log(account.client_id);
    expect(counts).toEqual({
      [`POST ${TOKEN_PATH}`]: 1,
      "POST /v1/sessions-profile": 1,
      // two reads, and the cancel read back: a void counts once Dintero shows it
      "GET /v1/sessions/{id}": 3,
      "POST /v1/sessions/{id}/cancel": 1,
    });
  });

  it("gets a new token once the fake clock passes the old one's expiry", async () => {
    const { account, provider, attempt } = await begin();
    await fake.advanceClock(601, { clientId: account.client_id });
    expect((await provider.read(attempt.providerRef)).status).toBe("pending");
    const { entries } = await fake.log(account.client_id);
    expect(entries.map((entry) => `${entry.method} ${entry.path.replace(attempt.providerRef, "{id}")} ${entry.status}`)).toEqual([
      `POST ${TOKEN_PATH} 200`,
      "POST /v1/sessions-profile 200",
      "GET /v1/sessions/{id} 401",
      `POST ${TOKEN_PATH} 200`,
      "GET /v1/sessions/{id} 200",
    ]);
  });

  it("waits as long as a 429 on the token endpoint asks", async () => {
    const account = await newAccount();
    await fake.fail({ path: TOKEN_PATH, match: account.client_id, status: 429, retryAfter: 1 });
    const before = Date.now();
    const { sent } = await begin({}, account);
    expect(Date.now() - before).toBeGreaterThanOrEqual(1_000);
    const { entries } = await fake.log(account.client_id);
    expect(entries.map((entry) => `${entry.path} ${entry.status}`)).toEqual([
      `${TOKEN_PATH} 429`,
      `${TOKEN_PATH} 200`,
      "/v1/sessions-profile 200",
    ]);
    expect(await fake.sessions(sent.reference)).toHaveLength(1);
  });

  it("does not ask twice for a token with wrong credentials", async () => {
    const account = await newAccount();
    const provider = dinteroProvider({ ...account, client_secret: "wrong" }, { timeoutMs: TIMEOUT_MS });
    await expect(provider.start(attemptOrder("dintero"))).rejects.toMatchObject({ status: 401 });
    expect((await fake.log(account.client_id)).counts).toEqual({ [`POST ${TOKEN_PATH}`]: 1 });
  });
});

describe("provider trouble", () => {
  it("retries a create after two 503s, and only one session exists", async () => {
    const account = await newAccount();
    const attempt = attemptOrder("dintero");
    await fake.fail({ path: "/v1/sessions-profile", match: attempt.reference, status: 503, times: 2 });
    const created = await dinteroProvider(account, { timeoutMs: TIMEOUT_MS }).start(attempt);
    const { entries } = await fake.log(attempt.reference);
    expect(entries.map((entry) => entry.status)).toEqual([503, 503, 200]);
    expect((await fake.sessions(attempt.reference)).map((session) => session.id)).toEqual([created.providerRef]);
  });

  it("gives up after the tries time out, leaving orphan sessions no one is sent to", async () => {
    const account = await newAccount();
    const attempt = attemptOrder("dintero");
    await fake.fail({ path: "/v1/sessions-profile", match: attempt.reference, hangMs: 3_000, afterProcessing: true, times: 3 });
    const error = await dinteroProvider(account, { timeoutMs: TIMEOUT_MS })
      .start(attempt)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ status: null, message: "dintero: timed out" });
    const orphans = await fake.sessions(attempt.reference);
    expect(orphans).toHaveLength(3);
    expect(orphans.every((session) => session.transaction === null)).toBe(true);
  }, 10_000);

  it("does not retry a 400, and passes on Dintero's words", async () => {
    const account = await newAccount();
    const attempt = attemptOrder("dintero");
    await fake.fail({ path: "/v1/sessions-profile", match: attempt.reference, status: 400 });
    await expect(dinteroProvider(account, { timeoutMs: TIMEOUT_MS }).start(attempt)).rejects.toMatchObject({
      status: 400,
      body: { error: { message: "injected 400" } },
    });
    expect((await fake.log(attempt.reference)).entries).toHaveLength(1);
  });

  it("is refused by the fake when the body breaks Dintero's contract", async () => {
    const account = await newAccount();
    await expect(
      dinteroProvider(account, { timeoutMs: TIMEOUT_MS }).start(attemptOrder("dintero", { returnUrl: "ftp://pay.test/r/x" })),
    ).rejects.toMatchObject({
      status: 400,
      body: { error: { errors: [{ path: "url.return_url" }] } },
    });
  });
});

describe("callbacks", () => {
  it("accepts the fake's signed callback and answers our attempt reference", async () => {
    const { provider, sent, attempt } = await begin();
    const callback = await callbackFor(attempt.providerRef, "approve");
    expect(callback.method).toBe("GET");
    expect(new URL(callback.url).searchParams.get("report_error")).toBe("true");
    expect(await provider.verifyCallback(asRequest(callback))).toBe(sent.reference);
  });

  it("accepts a signed POST callback with the transaction in its body", async () => {
    const { provider, sent, attempt } = await begin({
      callbackUrl: "https://pay.test/v1/providers/dintero/callback/mer_local?method=POST",
    });
    const callback = await callbackFor(attempt.providerRef, "approve");
    expect(callback.method).toBe("POST");
    expect(JSON.parse(callback.body ?? "{}")).toMatchObject({ id: expect.stringMatching(/^T11223344\./), status: "AUTHORIZED" });
    expect(await provider.verifyCallback(asRequest(callback))).toBe(sent.reference);
  });

  it("refuses a callback without a signature, with a forged one, or signed for another path", async () => {
    const { account, provider, attempt } = await begin();
    const callback = await callbackFor(attempt.providerRef, "approve");
    const { "dintero-signature": _, ...unsigned } = callback.headers;
    expect(await provider.verifyCallback(asRequest(callback, { headers: unsigned }))).toBeNull();
    const url = new URL(callback.url);
    const forged = await signCallback("not-the-secret", account.account_id, "GET", url, Math.floor(Date.now() / 1000));
    expect(await provider.verifyCallback(asRequest(callback, { headers: { ...unsigned, "dintero-signature": forged } }))).toBeNull();
    const elsewhere = callback.url.replace("/callback/mer_local", "/callback/mer_other");
    expect(await provider.verifyCallback(asRequest(callback, { url: elsewhere }))).toBeNull();
  });

  it("refuses a genuine callback signed more than 5 minutes ago", async () => {
    const { account, provider, attempt } = await begin();
    await fake.advanceClock(-360, { clientId: account.client_id });
    const callback = await callbackFor(attempt.providerRef, "approve");
    expect(await provider.verifyCallback(asRequest(callback))).toBeNull();
  });

  it("takes any callback as a trigger when the account has no signature secret", async () => {
    const { callback_secret: _, ...rest } = await newAccount();
    const { provider, sent, attempt } = await begin({}, rest);
    const callback = await callbackFor(attempt.providerRef, "decline");
    expect(await provider.verifyCallback(asRequest(callback, { headers: {} }))).toBe(sent.reference);
  });
});
